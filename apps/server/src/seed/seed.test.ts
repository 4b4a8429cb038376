import {
  awardVerificationCode,
  createCaller,
  createContextInner,
  testSecrets,
  verifyPassword,
} from '@bacc/api';
import { createTestDatabase, describeEachDatabase } from '@bacc/db/testing';
import { activityInputSchema, isValidUln, isValidUpn, learnerInputSchema } from '@bacc/schema';
import { beforeAll, expect, it } from 'vitest';
import { type DemoLogin, isDatabaseEmpty, seedDemoData } from './index.ts';

const demoIssuance = { secrets: testSecrets, publicUrl: 'http://localhost:3000' };

describeEachDatabase('demo seed', (suite) => {
  let emptyBefore: boolean;
  let seeded: { logins: DemoLogin[]; counts: Record<string, number> };
  let seedMs: number;

  beforeAll(async () => {
    emptyBefore = await isDatabaseEmpty(suite.handle.db);
    const started = performance.now();
    seeded = await seedDemoData(suite.handle.db, { issuance: demoIssuance });
    seedMs = performance.now() - started;
    process.stdout.write(`demo seed on ${suite.kind}: ${Math.round(seedMs)} ms\n`);
  });

  it('is empty before and not after', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(suite.handle.db)).toBe(false);
  });

  it('seeds one trust, three centres, their staff and at least 300 learners', async () => {
    const db = suite.handle.db;
    const count = async (table: 'trusts' | 'centres' | 'users' | 'learners') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('trusts')).toBe(1);
    expect(await count('centres')).toBe(3);
    expect(await count('users')).toBe(10);
    expect(await count('learners')).toBeGreaterThanOrEqual(300);
    expect(seeded.counts.learners).toBe(await count('learners'));
  });

  it('returns logins for every role, with the shared demo password', async () => {
    expect(seeded.logins).toHaveLength(10);
    expect(seeded.logins.filter((l) => l.role === 'trust_admin')).toEqual([
      {
        role: 'trust_admin',
        email: 'admin@demo.bacc.test',
        password: 'demo-password-2026',
        centreName: null,
      },
    ]);
    const centres = await suite.handle.db.selectFrom('centres').select('name').execute();
    expect(seeded.logins.filter((l) => l.role === 'centre_admin').map((l) => l.centreName)).toEqual(
      expect.arrayContaining(centres.map((c) => c.name)),
    );
    expect(seeded.logins.filter((l) => l.role === 'centre_staff')).toHaveLength(6);
  });

  it('stores an argon2id hash that the demo password opens', async () => {
    const user = await suite.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'head.kirkgate@demo.bacc.test')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.password_hash!, 'demo-password-2026')).toBe(true);
  });

  it('spreads results the way a real cohort’s fall', async () => {
    const db = suite.handle.db;
    const results = await db
      .selectFrom('results')
      .innerJoin('qualifications as q', 'q.id', 'results.qualification_id')
      .innerJoin('learners as l', 'l.id', 'results.learner_id')
      .select([
        'q.type',
        'q.subject',
        'results.grade',
        'results.status',
        'results.awarded_on',
        'l.leaving_year',
      ])
      .execute();
    const firstGcses = results.filter(
      (r) => r.type === 'gcse' && r.awarded_on?.slice(5, 7) === '08',
    );
    const atLeast4 = firstGcses.filter((r) => Number(r.grade) >= 4).length / firstGcses.length;
    expect(atLeast4).toBeGreaterThan(0.6);
    expect(atLeast4).toBeLessThan(0.8);
    for (const type of [
      'a_level',
      'btec_national_diploma',
      't_level',
      'btec_national_extended_certificate',
      'l2_technical',
      'functional_skills',
    ]) {
      expect(
        results.some((r) => r.type === type),
        type,
      ).toBe(true);
    }
    const finals = results.filter(
      (r) => r.type !== 'gcse' && r.type !== 'functional_skills' && r.type !== 'as_level',
    );
    for (const r of finals) {
      if (r.leaving_year === 2027)
        expect(r).toMatchObject({ status: 'provisional', awarded_on: null });
      else expect(r.awarded_on).toMatch(new RegExp(`^${r.leaving_year}-08-`));
    }
  });

  it('gives every learner valid, unique identifiers and details the schema accepts', async () => {
    const learners = await suite.handle.db.selectFrom('learners').selectAll().execute();
    for (const l of learners) {
      const parsed = learnerInputSchema.safeParse({
        uln: l.uln,
        upn: l.upn,
        legalGivenName: l.legal_given_name,
        legalFamilyName: l.legal_family_name,
        preferredName: l.preferred_name,
        dateOfBirth: l.date_of_birth,
        leavingYear: l.leaving_year,
      });
      expect(parsed.error?.issues ?? [], `${l.legal_given_name} ${l.legal_family_name}`).toEqual(
        [],
      );
      if (l.uln) expect(isValidUln(l.uln)).toBe(true);
      if (l.upn) expect(isValidUpn(l.upn)).toBe(true);
    }
    const ulns = learners.flatMap((l) => (l.uln ? [l.uln] : []));
    const upns = learners.flatMap((l) => (l.upn ? [l.upn] : []));
    expect(new Set(ulns).size).toBe(ulns.length);
    expect(new Set(upns).size).toBe(upns.length);
    expect(ulns.length).toBeGreaterThan(learners.length * 0.85);
    expect(new Set(learners.map((l) => l.leaving_year))).toEqual(new Set([2025, 2026, 2027]));
  });

  it('grades every result and project on its qualification’s scale', async () => {
    const db = suite.handle.db;
    const scales = new Map(
      (await db.selectFrom('grade_scales').selectAll().execute()).map((s) => [s.key, s.grades]),
    );
    const graded = [
      ...(await db
        .selectFrom('results')
        .innerJoin('qualifications as q', 'q.id', 'results.qualification_id')
        .select(['results.grade', 'q.grade_scale'])
        .execute()),
      ...(await db
        .selectFrom('projects')
        .innerJoin('qualifications as q', 'q.id', 'projects.qualification_id')
        .select(['projects.grade', 'q.grade_scale'])
        .where('projects.grade', 'is not', null)
        .execute()),
    ];
    expect(graded.length).toBeGreaterThan(1000);
    for (const r of graded) expect(scales.get(r.grade_scale)).toContain(r.grade);
  });

  it('keeps every piece of evidence with its learner’s trust and centre', async () => {
    const db = suite.handle.db;
    for (const table of ['results', 'projects', 'activities'] as const) {
      const stray = await db
        .selectFrom(table)
        .leftJoin('learners as l', 'l.id', `${table}.learner_id`)
        .select(`${table}.id`)
        .where((e) =>
          e.or([
            e('l.id', 'is', null),
            e('l.trust_id', '!=', e.ref(`${table}.trust_id`)),
            e('l.centre_id', '!=', e.ref(`${table}.centre_id`)),
          ]),
        )
        .execute();
      expect(stray, table).toEqual([]);
    }
  });

  it('logs activities the portal would accept, and records the seed in the audit log', async () => {
    const db = suite.handle.db;
    const activities = await db.selectFrom('activities').selectAll().execute();
    for (const a of activities) {
      const parsed = activityInputSchema.safeParse({
        learnerId: a.learner_id,
        strand: a.strand,
        hours: a.hours,
        startedOn: a.started_on,
        endedOn: a.ended_on,
        description: a.description,
        verifiedBy: a.verified_by,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(a.hours).toBeGreaterThanOrEqual(2);
      expect(a.hours).toBeLessThanOrEqual(40);
    }
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'demo.seeded')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual(seeded.counts);
  });

  it('has the past year’s leavers at one centre approved and awarded, each code answering valid', async () => {
    const db = suite.handle.db;
    const submissions = await db.selectFrom('submissions').selectAll().execute();
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ status: 'approved' });
    const awards = await db
      .selectFrom('awards')
      .select(['id', 'learner_id', 'status', 'leaving_year', 'credential'])
      .execute();
    expect(awards.length).toBe(seeded.counts.awards);
    expect(awards.length).toBeGreaterThan(5);
    const withTier = await db
      .selectFrom('learners')
      .innerJoin('learner_decisions', 'learner_decisions.learner_id', 'learners.id')
      .select('learners.id')
      .where('learners.submission_id', '=', submissions[0]!.id)
      .where('learner_decisions.tier', 'is not', null)
      .execute();
    expect(awards.map((a) => a.learner_id).sort()).toEqual(withTier.map((l) => l.id).sort());
    for (const a of awards) expect(a).toMatchObject({ status: 'valid', leaving_year: 2025 });
    const caller = createCaller(createContextInner({ db }));
    const answer = await caller.verification.check({
      code: awardVerificationCode(testSecrets, awards[0]!.id),
    });
    expect(answer.status).toBe('valid');
  });

  it('gives the same learners when seeded again into another database', async () => {
    const other = await createTestDatabase(suite.kind);
    try {
      await seedDemoData(other.db);
      const names = (db: typeof other.db) =>
        db
          .selectFrom('learners')
          .select(['legal_given_name', 'legal_family_name', 'date_of_birth', 'uln', 'upn'])
          .orderBy('legal_family_name')
          .orderBy('legal_given_name')
          .orderBy('date_of_birth')
          .execute();
      expect(await names(other.db)).toEqual(await names(suite.handle.db));
    } finally {
      await other.close();
    }
  });
});
