import { type Database, type Kysely, listApprovedLearnersAwaitingAward } from '@bacc/db';
import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { seedDecidedTrust } from '../analytics/seeded-trust.ts';

/** A pending submission of centre A's 2026 learners, made as the submit step leaves it. */
async function submitCentreA(db: Kysely<Database>) {
  const t = await createTenantWithUsers(db);
  const seeded = await seedDecidedTrust(db, t, { centreA: 24, centreB: 4 });
  const cohort = await db
    .selectFrom('cohorts')
    .select('id')
    .where('centre_id', '=', t.centreA.id)
    .where('leaving_year', '=', 2026)
    .executeTakeFirstOrThrow();
  const learners = await db
    .selectFrom('learners')
    .select('id')
    .where('centre_id', '=', t.centreA.id)
    .where('leaving_year', '=', 2026)
    .execute();
  const submission = await db
    .insertInto('submissions')
    .values({
      trust_id: t.trust.id,
      centre_id: t.centreA.id,
      cohort_id: cohort.id,
      learner_count: learners.length,
      submitted_by: t.centreAdminA.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('learners')
    .set({ submission_id: submission.id })
    .where(
      'id',
      'in',
      learners.map((l) => l.id),
    )
    .execute();
  return { t, seeded, submissionId: submission.id, learnerIds: learners.map((l) => l.id) };
}

describeEachDatabase('moderation', (suite) => {
  it('lists a submission’s learners with the decisions stored for them', async () => {
    const { db } = suite.handle;
    const { t, submissionId, learnerIds } = await submitCentreA(db);
    const got = await callerFor(db, t.admin).trust.moderation.learners({
      trustId: t.trust.id,
      submissionId,
    });
    expect(got.submission).toMatchObject({
      status: 'pending',
      centreName: t.centreA.name,
      leavingYear: 2026,
    });
    expect(got.learners.map((l) => l.id).sort()).toEqual([...learnerIds].sort());
    const stored = await db
      .selectFrom('learner_decisions')
      .select(['learner_id', 'tier', 'pathway', 'award_grade'])
      .where('learner_id', 'in', learnerIds)
      .execute();
    for (const s of stored) {
      expect(got.learners.find((l) => l.id === s.learner_id)).toMatchObject({
        tier: s.tier,
        pathway: s.pathway,
        awardGrade: s.award_grade,
      });
    }
    expect(got.byTier.reduce((n, b) => n + b.learners, 0)).toBe(learnerIds.length);
  });

  it('draws the same sample for the same seed, and stratifies by tier', async () => {
    const { db } = suite.handle;
    const { t, submissionId } = await submitCentreA(db);
    const admin = callerFor(db, t.admin);
    const draw = (seed: number, stratifyByTier = false) =>
      admin.trust.moderation.sample({
        trustId: t.trust.id,
        submissionId,
        size: 4,
        seed,
        stratifyByTier,
      });
    const first = await draw(20261122);
    const again = await draw(20261122);
    expect(again.learners.map((l) => l.id)).toEqual(first.learners.map((l) => l.id));
    expect(first.learners).toHaveLength(4);
    expect((await draw(7)).learners.map((l) => l.id)).not.toEqual(first.learners.map((l) => l.id));

    const all = await admin.trust.moderation.learners({ trustId: t.trust.id, submissionId });
    const stratified = await draw(1, true);
    const tiersInSubmission = new Set(all.learners.map((l) => l.tier));
    expect(tiersInSubmission.size).toBeGreaterThan(1);
    expect(new Set(stratified.learners.map((l) => l.tier))).toEqual(tiersInSubmission);
  });

  it('shows one learner read-only: evidence, decision and its explanation', async () => {
    const { db } = suite.handle;
    const { t, submissionId, learnerIds } = await submitCentreA(db);
    const learnerId = learnerIds[0]!;
    const got = await callerFor(db, t.admin).trust.moderation.learner({
      trustId: t.trust.id,
      submissionId,
      learnerId,
    });
    const results = await db
      .selectFrom('results')
      .select('id')
      .where('learner_id', '=', learnerId)
      .execute();
    expect(got.evidence.results.map((r) => r.id).sort()).toEqual(results.map((r) => r.id).sort());
    expect(got.decision?.learnerId).toBe(learnerId);
    expect(got.decision?.explanation?.tiers.length).toBeGreaterThan(0);

    // A learner who is not in the submission is not there to inspect.
    const outsider = await createLearnerRow(db, { trustId: t.trust.id, centreId: t.centreA.id });
    await expect(
      callerFor(db, t.admin).trust.moderation.learner({
        trustId: t.trust.id,
        submissionId,
        learnerId: outsider.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('returns only with a comment, and approves into the state issuance picks up', async () => {
    const { db } = suite.handle;
    const { t, submissionId } = await submitCentreA(db);
    const admin = callerFor(db, t.admin);
    for (const comment of ['', '   ']) {
      await expect(
        admin.trust.submissions.return({ trustId: t.trust.id, submissionId, comment }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('comment') });
    }
    const status = async () =>
      (
        await db
          .selectFrom('submissions')
          .select('status')
          .where('id', '=', submissionId)
          .executeTakeFirstOrThrow()
      ).status;
    expect(await status()).toBe('pending');
    await admin.trust.submissions.approve({ trustId: t.trust.id, submissionId });
    expect(await status()).toBe('approved');
    const seen = await admin.trust.moderation.learners({ trustId: t.trust.id, submissionId });
    expect(seen.submission.status).toBe('approved');
    // Approval issues an award to each learner with a tier, so nobody is left awaiting one.
    const awarded = seen.learners.filter((l) => l.tier !== null).map((l) => l.id);
    const issued = await db
      .selectFrom('awards')
      .select('learner_id')
      .where('submission_id', '=', submissionId)
      .execute();
    expect(issued.map((a) => a.learner_id).sort()).toEqual([...awarded].sort());
    expect(await listApprovedLearnersAwaitingAward(db, { trustId: t.trust.id })).toEqual([]);
  });

  it('keeps every moderation, analytics and audit procedure for this trust’s admins', async () => {
    const { db } = suite.handle;
    const { t, submissionId, learnerIds } = await submitCentreA(db);
    const other = await createTenantWithUsers(db, 'Other');
    const snapshot = async () => ({
      submissions: await db.selectFrom('submissions').selectAll().orderBy('id').execute(),
      learners: await db
        .selectFrom('learners')
        .select(['id', 'version', 'submission_id'])
        .orderBy('id')
        .execute(),
      audit: await db
        .selectFrom('audit_events')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    });
    const before = await snapshot();
    const trustId = t.trust.id;
    const calls = (c: ReturnType<typeof callerFor>, id: string) => [
      () => c.trust.moderation.learners({ trustId: id, submissionId }),
      () =>
        c.trust.moderation.sample({
          trustId: id,
          submissionId,
          size: 3,
          seed: 1,
          stratifyByTier: false,
        }),
      () => c.trust.moderation.learner({ trustId: id, submissionId, learnerId: learnerIds[0]! }),
      () => c.trust.analytics.overview({ trustId: id }),
      () => c.trust.auditLog.list({ trustId: id, filter: {} }),
      () => c.trust.auditLog.export({ trustId: id, filter: {} }),
      () => c.trust.auditLog.facets({ trustId: id }),
    ];
    for (const user of [t.centreAdminA, t.staffA, t.staffB, other.admin]) {
      for (const call of calls(callerFor(db, user), trustId))
        await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    for (const call of calls(callerFor(db, null), trustId))
      await expect(call()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The other trust's admin, naming their own trust, finds nothing of this one.
    const theirs = callerFor(db, other.admin);
    for (const call of calls(theirs, other.trust.id).slice(0, 3))
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await theirs.trust.analytics.overview({ trustId: other.trust.id })).totals.learners,
    ).toBe(0);
    expect((await theirs.trust.auditLog.list({ trustId: other.trust.id, filter: {} })).total).toBe(
      0,
    );
    expect(await snapshot()).toEqual(before);
  });
});
