import type { Database, Kysely } from '@bacc/db';
import { createLearnerRow } from '@bacc/db/testing';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { seedDecidedTrust } from '../analytics/seeded-trust.ts';
import { recomputeDecisions } from '../records/decisions.ts';

// Test data only: a pending submission of centre A's 2026 learners, one of whom meets no tier.

export async function pendingSubmission(db: Kysely<Database>, label = 'Test') {
  const t = await createTenantWithUsers(db, label);
  await seedDecidedTrust(db, t, { centreA: 12, centreB: 3 });
  const scopeA = { trustId: t.trust.id, centreId: t.centreA.id };
  const withoutTier = await createLearnerRow(db, scopeA, { leaving_year: 2026 });
  await recomputeDecisions(db, scopeA, [{ id: withoutTier.id, leavingYear: 2026 }]);
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
  const learnerIds = learners.map((l) => l.id);
  await db
    .updateTable('learners')
    .set({ submission_id: submission.id })
    .where('id', 'in', learnerIds)
    .execute();
  const withTier = await db
    .selectFrom('learner_decisions')
    .select('learner_id')
    .where('learner_id', 'in', learnerIds)
    .where('tier', 'is not', null)
    .execute();
  return {
    t,
    cohortId: cohort.id,
    submissionId: submission.id,
    learnerIds,
    awardedLearnerIds: withTier.map((r) => r.learner_id).sort(),
    withoutTierId: withTier.some((r) => r.learner_id === withoutTier.id) ? null : withoutTier.id,
  };
}

/** A submission approved by the trust admin, with its awards issued. */
export async function approvedSubmission(db: Kysely<Database>, label = 'Test') {
  const setup = await pendingSubmission(db, label);
  const approved = await callerFor(db, setup.t.admin).trust.submissions.approve({
    trustId: setup.t.trust.id,
    submissionId: setup.submissionId,
  });
  const awards = await db
    .selectFrom('awards')
    .selectAll()
    .where('submission_id', '=', setup.submissionId)
    .orderBy('learner_name')
    .execute();
  return { ...setup, approved, awards };
}
