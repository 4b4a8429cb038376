import { sql } from 'kysely';
import type { CentreScope, Db, TrustScope } from './scope.ts';

/**
 * Learners of a leaving year (or the chosen ones of it) with what decides whether they can be
 * submitted: a stored decision, how many results are still provisional, and any live submission.
 */
export function listSubmissionCandidates(
  db: Db,
  scope: CentreScope,
  leavingYear: number,
  learnerIds?: readonly string[],
) {
  let q = db
    .selectFrom('learners')
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .leftJoin('submissions', (j) =>
      j
        .onRef('submissions.id', '=', 'learners.submission_id')
        .onRef('submissions.centre_id', '=', 'learners.centre_id'),
    )
    .select((eb) => [
      'learners.id',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.preferred_name as preferredName',
      'learners.leaving_year as leavingYear',
      'learners.version',
      'learner_decisions.tier',
      sql<string | null>`learner_decisions.decision->'tier'->>'name'`.as('tierName'),
      sql<boolean>`learner_decisions.learner_id is not null`.as('decided'),
      'submissions.status as submissionStatus',
      eb
        .selectFrom('results')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('results.learner_id', '=', 'learners.id')
        .whereRef('results.centre_id', '=', 'learners.centre_id')
        .where('results.status', '=', 'provisional')
        .as('provisionalResults'),
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.leaving_year', '=', leavingYear);
  if (learnerIds) q = q.where('learners.id', 'in', learnerIds.length ? learnerIds : ['']);
  return q.orderBy('learners.legal_family_name').orderBy('learners.legal_given_name').execute();
}

export function insertSubmission(
  db: Db,
  scope: CentreScope,
  values: { cohortId: string; learnerCount: number; submittedBy: string },
) {
  return db
    .insertInto('submissions')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      cohort_id: values.cohortId,
      learner_count: values.learnerCount,
      submitted_by: values.submittedBy,
    })
    .returning(['id', 'status', 'learner_count as learnerCount', 'submitted_at as submittedAt'])
    .executeTakeFirstOrThrow();
}

export function attachLearnersToSubmission(
  db: Db,
  scope: CentreScope,
  submissionId: string,
  learnerIds: readonly string[],
) {
  return db
    .updateTable('learners')
    .set({ submission_id: submissionId })
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', 'in', learnerIds)
    .execute();
}

const submissionColumns = [
  'submissions.id',
  'submissions.centre_id as centreId',
  'centres.name as centreName',
  'cohorts.leaving_year as leavingYear',
  'submissions.status',
  'submissions.learner_count as learnerCount',
  'submissions.submitted_at as submittedAt',
  'submitter.display_name as submittedByName',
  'submissions.decided_at as decidedAt',
  'decider.display_name as decidedByName',
  'submissions.comment',
] as const;

function submissionsQuery(db: Db, scope: TrustScope) {
  return db
    .selectFrom('submissions')
    .innerJoin('cohorts', 'cohorts.id', 'submissions.cohort_id')
    .innerJoin('centres', 'centres.id', 'submissions.centre_id')
    .innerJoin('users as submitter', 'submitter.id', 'submissions.submitted_by')
    .leftJoin('users as decider', 'decider.id', 'submissions.decided_by')
    .select(submissionColumns)
    .where('submissions.trust_id', '=', scope.trustId);
}

/** The centre's submissions, newest first. */
export function listCentreSubmissions(db: Db, scope: CentreScope) {
  return submissionsQuery(db, scope)
    .where('submissions.centre_id', '=', scope.centreId)
    .orderBy('submissions.submitted_at', 'desc')
    .execute();
}

/** Every centre's submissions to the trust, pending first then newest. */
export function listTrustSubmissions(
  db: Db,
  scope: TrustScope,
  status?: 'pending' | 'returned' | 'approved',
) {
  let q = submissionsQuery(db, scope);
  if (status) q = q.where('submissions.status', '=', status);
  return q
    .orderBy(sql`submissions.status = 'pending'`, 'desc')
    .orderBy('submissions.submitted_at', 'desc')
    .execute();
}

export function findSubmission(db: Db, scope: TrustScope, submissionId: string) {
  return submissionsQuery(db, scope).where('submissions.id', '=', submissionId).executeTakeFirst();
}

/** Moves a pending submission to its outcome; undefined when it was no longer pending. */
export function decidePendingSubmission(
  db: Db,
  scope: TrustScope,
  submissionId: string,
  outcome: { status: 'returned' | 'approved'; decidedBy: string; comment: string | null },
) {
  return db
    .updateTable('submissions')
    .set({
      status: outcome.status,
      decided_by: outcome.decidedBy,
      decided_at: new Date(),
      comment: outcome.comment,
    })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', submissionId)
    .where('status', '=', 'pending')
    .returning(['id', 'status', 'centre_id as centreId'])
    .executeTakeFirst();
}
