import { verifyAwardCredential } from '@bacc/credentials';
import { type Database, type Kysely, sql } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { createContextInner } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { awardVerificationCode } from '../awards/secrets.ts';
import { statusListUrl } from '../awards/status-lists.ts';
import { approvedSubmission } from '../awards/test-setup.ts';
import { applyLeaverRetention } from './retention.ts';

const lists = async (db: Kysely<Database>) =>
  Object.fromEntries(
    (await db.selectFrom('status_lists').select(['id', 'credential']).execute()).map((l) => [
      statusListUrl('http://localhost:3000', l.id),
      l.credential,
    ]),
  );

const rowsAbout = async (db: Kysely<Database>, learnerId: string) => {
  const count = async (table: 'results' | 'activities' | 'projects' | 'learner_decisions') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .where('learner_id', '=', learnerId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    learners: Number(
      (
        await db
          .selectFrom('learners')
          .select((e) => e.fn.countAll().as('n'))
          .where('id', '=', learnerId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
    results: await count('results'),
    activities: await count('activities'),
    projects: await count('projects'),
    decisions: await count('learner_decisions'),
  };
};

describeEachDatabase('subject access and erasure', (suite) => {
  it('exports everything held about one learner and nothing about anyone else', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const award = awards[0]!;
    const learnerId = award.learner_id!;
    const exported = await callerFor(db, t.centreAdminA).centre.dataProtection.exportLearner({
      centreId: t.centreA.id,
      learnerId,
    });
    expect(exported.format).toBe('bacc.subject-access/1');
    expect(exported.learner.id).toBe(learnerId);
    expect(exported.results.length).toBe((await rowsAbout(db, learnerId)).results);
    expect(exported.awards.map((a) => a.id)).toEqual([award.id]);
    expect(exported.awards[0]!.credential).toEqual(award.credential);
    expect(exported.decision?.learner_id).toBe(learnerId);
    const text = JSON.stringify(exported);
    for (const other of awards.slice(1)) {
      expect(text).not.toContain(other.learner_id!);
      expect(text).not.toContain(other.learner_name);
    }
    const logged = await db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_id', '=', learnerId)
      .where('action', '=', 'learner.exported')
      .execute();
    expect(logged).toEqual([{ action: 'learner.exported', after: null }]);
  });

  it('erases a learner: record and evidence gone, awards answer only “revoked: record erased”', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const award = awards[0]!;
    const learnerId = award.learner_id!;
    const admin = callerFor(db, t.centreAdminA);
    const learner = await db
      .selectFrom('learners')
      .select(['legal_given_name', 'legal_family_name'])
      .where('id', '=', learnerId)
      .executeTakeFirstOrThrow();
    const name = `${learner.legal_given_name} ${learner.legal_family_name}`;

    await expect(
      admin.centre.dataProtection.eraseLearner({
        centreId: t.centreA.id,
        learnerId,
        confirmName: 'Someone Else',
        reason: 'Parent’s request',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining(name) });
    expect((await rowsAbout(db, learnerId)).learners).toBe(1);

    const done = await admin.centre.dataProtection.eraseLearner({
      centreId: t.centreA.id,
      learnerId,
      confirmName: name.toUpperCase(),
      reason: 'Parent’s request',
    });
    expect(done).toEqual({ erased: true, awardsEnded: 1 });
    expect(await rowsAbout(db, learnerId)).toEqual({
      learners: 0,
      results: 0,
      activities: 0,
      projects: 0,
      decisions: 0,
    });

    const erased = await db
      .selectFrom('awards')
      .selectAll()
      .where('id', '=', award.id)
      .executeTakeFirstOrThrow();
    expect(erased).toMatchObject({
      status: 'revoked',
      revoked_reason: 'record erased',
      learner_name: '',
      learner_id: null,
      credential: null,
      components: [],
      evidence: [],
    });
    expect(erased.erased_at).not.toBeNull();
    expect(JSON.stringify(erased)).not.toContain(learner.legal_family_name);

    // The code still answers, as revoked, and names nobody.
    const answer = await callerFor(db, null).verification.check({
      code: awardVerificationCode(createContextInner({ db }).secrets, award.id),
    });
    expect(answer.status).toBe('revoked');
    expect(JSON.stringify(answer)).not.toContain(learner.legal_family_name);

    // A copy of the credential the learner kept shows revoked once the list is signed again.
    const report = await verifyAwardCredential(award.credential, {
      loadStatusList: async (url) => (await lists(db))[url],
    });
    expect(report.status).toBe('revoked');

    const audit = await db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('action', '=', 'learner.erased')
      .where('entity_id', '=', learnerId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain(learner.legal_family_name);
  });

  it('lets the database refuse any other edit of an award, and any edit after erasure', async () => {
    const { db } = suite.handle;
    const { awards } = await approvedSubmission(db);
    const [a, b] = awards;
    await expect(
      sql`update awards set learner_name = '' where id = ${a!.id}`.execute(db),
    ).rejects.toThrow(/snapshot/);
    await expect(
      sql`update awards set erased_at = now(), learner_name = '', learner_id = null,
          status = 'revoked', revoked_at = now(), revoked_reason = 'record erased'
          where id = ${a!.id}`.execute(db),
    ).rejects.toThrow(/clears every personal field/);
    await expect(
      sql`update awards set erased_at = now(), learner_name = '', learner_id = null, credential = null,
          decision = '{}'::jsonb, evidence = '[]'::jsonb, components = '[]'::jsonb,
          status = 'revoked', revoked_at = now(), revoked_reason = 'record erased', tier = 'Advanced'
          where id = ${b!.id}`.execute(db),
    ).rejects.toThrow(/nothing else/);
  });

  it('applies a trust’s retention: leavers past it are erased in batches, the rest kept', async () => {
    const { db } = suite.handle;
    const { t, learnerIds } = await approvedSubmission(db);
    const admin = callerFor(db, t.admin);
    const before = await admin.trust.dataProtection.retention({ trustId: t.trust.id });
    expect(before.years).toBeNull();
    await expect(
      admin.trust.dataProtection.setRetention({ trustId: t.trust.id, years: 0 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    // These learners leave in 2026; kept two whole years, they are due in 2029.
    const set = await admin.trust.dataProtection.setRetention({ trustId: t.trust.id, years: 2 });
    expect(set.years).toBe(2);
    const later = (now: string) => createContextInner({ db, now: () => new Date(now) });
    const leftBy = async (year: number) =>
      (
        await db
          .selectFrom('learners')
          .select('id')
          .where('trust_id', '=', t.trust.id)
          .where('leaving_year', '<=', year)
          .execute()
      ).length;
    const left2025 = await leftBy(2025);
    const left2026 = await leftBy(2026);
    expect(left2026).toBeGreaterThan(left2025);
    const in2028 = await applyLeaverRetention(later('2028-12-31T12:00:00Z'), {
      trustId: t.trust.id,
    });
    expect(in2028.erased).toBe(left2025);
    expect(await leftBy(2026)).toBe(left2026 - left2025);
    const progress: number[] = [];
    const in2029 = await applyLeaverRetention(
      later('2029-01-02T12:00:00Z'),
      { trustId: t.trust.id },
      (done) => progress.push(done),
    );
    expect(in2029.erased).toBe(left2026 - left2025);
    expect(progress.at(-1)).toBe(left2026 - left2025);
    expect(await leftBy(2026)).toBe(0);
    for (const id of learnerIds) expect((await rowsAbout(db, id)).learners).toBe(0);
    const ended = await db
      .selectFrom('awards')
      .select(['status', 'learner_name'])
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(ended.every((a) => a.status !== 'valid' && a.learner_name === '')).toBe(true);
  });
});
