import { verifyAuditChain } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../testing/index.ts';
import {
  createTestAward,
  randomVerificationCode,
  TEST_DATE_OF_BIRTH,
} from './verification-fixtures.ts';

/** Every answer, whatever its status, must be free of the learner's identifiers. */
function expectNoPersonalIdentifiers(answer: unknown, uln: string) {
  const text = JSON.stringify(answer);
  expect(text).not.toContain(uln);
  expect(text).not.toContain(TEST_DATE_OF_BIRTH);
  expect(text).not.toMatch(/uln|upn|birth|address|learnerId|"id"/i);
}

describeEachDatabase('public verification answers', (suite) => {
  let t: Awaited<ReturnType<typeof createTenantWithUsers>>;
  let ip = 0;
  // A fresh address per lookup, so the rate limit never interferes with these tests.
  const anonymous = () =>
    callerFor(suite.handle.db, null, { request: { ip: `192.0.2.${++ip}`, userAgent: 'Tester/1' } });
  beforeAll(async () => {
    t = await createTenantWithUsers(suite.handle.db);
  });
  const scopeA = () => ({ trustId: t.trust.id, centreId: t.centreA.id });

  it('says a current award is valid and shows what it says, in any typing of the code', async () => {
    const { code, uln } = await createTestAward(suite.handle.db, scopeA());
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const answer = await anonymous().verification.check({ code: typed });
    expect(answer).toEqual({
      status: 'valid',
      award: {
        learnerName: 'Amara Okafor',
        tier: 'Advanced',
        pathway: 'Technical',
        grade: 'Distinction',
        issuedOn: '2026-08-20',
        centreName: t.centreA.name,
        revokedOn: null,
        revokedReason: null,
      },
      supersededBy: null,
      components: null,
      recordErased: false,
    });
    expectNoPersonalIdentifiers(answer, uln);
  });

  it('says a revoked award is revoked, with the date and the reason', async () => {
    const { code, uln } = await createTestAward(suite.handle.db, scopeA(), {
      status: 'revoked',
      revokedReason: 'Results were corrected by the exam board',
      pathway: null,
      grade: null,
    });
    const answer = await anonymous().verification.check({ code });
    expect(answer).toMatchObject({
      status: 'revoked',
      award: {
        pathway: null,
        grade: null,
        revokedOn: '2026-09-01',
        revokedReason: 'Results were corrected by the exam board',
      },
    });
    expectNoPersonalIdentifiers(answer, uln);
  });

  it('says a replaced award is superseded and gives the code of the current one', async () => {
    const current = await createTestAward(suite.handle.db, scopeA());
    const old = await createTestAward(suite.handle.db, scopeA(), {
      status: 'superseded',
      supersededById: current.id,
      revokedReason: 'Name changed by deed poll',
    });
    const answer = await anonymous().verification.check({ code: old.code });
    expect(answer).toMatchObject({
      status: 'superseded',
      supersededBy: { code: current.code },
      award: { revokedOn: '2026-09-01', revokedReason: 'Name changed by deed poll' },
    });
    expectNoPersonalIdentifiers(answer, old.uln);
    expect(await anonymous().verification.check({ code: current.code })).toMatchObject({
      status: 'valid',
      supersededBy: null,
    });
  });

  it('shows the component breakdown only where the centre published it for that learner', async () => {
    const components = [
      { name: 'Core qualifications', met: true, measured: '3 A levels', required: '2 A levels' },
      { name: 'Personal development', met: true, measured: '120 hours', required: '100 hours' },
    ];
    const open = await createTestAward(suite.handle.db, scopeA(), {
      components,
      componentsPublic: true,
    });
    const closed = await createTestAward(suite.handle.db, scopeA(), { components });
    const shown = await anonymous().verification.check({ code: open.code });
    expect(shown).toMatchObject({
      components: [
        { name: 'Core qualifications', met: true, measured: '3 A levels', required: '2 A levels' },
        { name: 'Personal development', met: true, measured: '120 hours', required: '100 hours' },
      ],
    });
    expect((shown as { components: unknown[] }).components[0]).toStrictEqual({
      name: 'Core qualifications',
      met: true,
      measured: '3 A levels',
      required: '2 A levels',
    });
    expectNoPersonalIdentifiers(shown, open.uln);
    expect(await anonymous().verification.check({ code: closed.code })).toMatchObject({
      components: null,
    });
  });

  it('answers an erased learner’s award as revoked for that reason, naming nobody', async () => {
    const { code, id } = await createTestAward(suite.handle.db, scopeA(), {
      status: 'revoked',
      revokedReason: 'record erased',
      erased: true,
      components: [],
    });
    const answer = await anonymous().verification.check({ code });
    expect(answer).toEqual({
      status: 'revoked',
      award: {
        learnerName: null,
        tier: 'Advanced',
        pathway: 'Technical',
        grade: 'Distinction',
        issuedOn: '2026-08-20',
        centreName: t.centreA.name,
        revokedOn: '2026-10-01',
        revokedReason: 'record erased',
      },
      supersededBy: null,
      components: null,
      recordErased: true,
    });
    const recorded = await suite.handle.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(recorded.after).toEqual({ learnerId: null, answer: 'revoked' });
  });

  it('answers unknown and malformed codes identically', async () => {
    const answers = await Promise.all(
      [randomVerificationCode(), 'not a code', '', 'UUUU-UUUU-UUUU-UUUU', '7K3M'].map((code) =>
        anonymous().verification.check({ code }),
      ),
    );
    for (const answer of answers) expect(answer).toStrictEqual({ status: 'not_found' });
  });

  it('records each lookup of an award in its centre’s audit log, with nothing about who asked', async () => {
    const { id, code, learnerId } = await createTestAward(suite.handle.db, scopeA());
    await anonymous().verification.check({ code });
    await anonymous().verification.check({ code: randomVerificationCode() });

    const rows = await suite.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('trust_id', '=', t.trust.id)
      .where('action', '=', 'award.verified')
      .where('entity_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      centre_id: t.centreA.id,
      actor_user_id: null,
      entity: 'award',
      before: null,
    });
    expect(JSON.stringify(rows[0])).not.toMatch(/192\.0\.2\.|Tester/);

    // The centre admin sees it in the centre's activity log, against the learner.
    const log = await callerFor(suite.handle.db, t.centreAdminA).centre.audit.list({
      centreId: t.centreA.id,
      action: 'award.verified',
      learnerId,
      page: 1,
      pageSize: 25,
    });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ action: 'award.verified', entity: 'award', entityId: id });
    expect(log.actions).toContain('award.verified');
  });

  it('answers someone signed in to another trust exactly as it answers a stranger', async () => {
    // Staff of one trust checking an applicant's award from another: their own trust's row
    // scope must not hide it, nor refuse the audit entry written into the other trust's log.
    const other = await createTenantWithUsers(suite.handle.db, 'Elsewhere');
    const { id, code } = await createTestAward(suite.handle.db, scopeA());
    const signedIn = callerFor(suite.handle.db, other.staffA, {
      request: { ip: `192.0.2.${++ip}`, userAgent: null },
    });
    const asStranger = await anonymous().verification.check({ code });
    expect(asStranger.status).toBe('valid');
    expect(await signedIn.verification.check({ code })).toEqual(asStranger);
    const recorded = await suite.handle.db
      .selectFrom('audit_events')
      .select(['trust_id', 'actor_user_id'])
      .where('action', '=', 'award.verified')
      .where('entity_id', '=', id)
      .execute();
    expect(recorded).toEqual([
      { trust_id: t.trust.id, actor_user_id: null },
      { trust_id: t.trust.id, actor_user_id: null },
    ]);
  });

  it('records every one of many simultaneous lookups, and the audit chain stays whole', async () => {
    const awards = await Promise.all(
      Array.from({ length: 5 }, () => createTestAward(suite.handle.db, scopeA())),
    );
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        anonymous().verification.check({ code: awards[i % awards.length]!.code }),
      ),
    );
    expect(answers.every((a) => a.status === 'valid')).toBe(true);
    const recorded = await suite.handle.db
      .selectFrom('audit_events')
      .select(['entity_id', (e) => e.fn.countAll<string>().as('n')])
      .where('action', '=', 'award.verified')
      .where(
        'entity_id',
        'in',
        awards.map((a) => a.id),
      )
      .groupBy('entity_id')
      .execute();
    expect(recorded.map((r) => Number(r.n))).toEqual([12, 12, 12, 12, 12]);
    expect(await verifyAuditChain(suite.handle.db)).toMatchObject({ ok: true });
  });

  it('counts simultaneous lookups from one address exactly: the limit is answered, the rest refused', async () => {
    const { code } = await createTestAward(suite.handle.db, scopeA());
    // Mid-window, so every lookup falls in the same one.
    const now = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 20_000);
    const caller = callerFor(suite.handle.db, null, {
      request: { ip: '198.51.100.250', userAgent: null },
      now: () => now,
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 80 }, () => caller.verification.check({ code })),
    );
    const answered = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter(
      (o) =>
        o.status === 'rejected' && (o.reason as { code?: string }).code === 'TOO_MANY_REQUESTS',
    );
    expect(answered).toHaveLength(60);
    expect(refused).toHaveLength(20);
  });

  it('records nothing when the code names no award', async () => {
    const count = () =>
      suite.handle.db
        .selectFrom('audit_events')
        .select((e) => e.fn.countAll<string>().as('n'))
        .where('action', '=', 'award.verified')
        .executeTakeFirstOrThrow();
    const before = await count();
    await anonymous().verification.check({ code: randomVerificationCode() });
    await anonymous().verification.check({ code: 'rubbish' });
    expect(await count()).toEqual(before);
  });
});
