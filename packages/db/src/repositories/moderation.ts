import { sql } from 'kysely';
import type { Db, TrustScope } from './scope.ts';

/** The learners a submission carries, with the decision stored for each when it was submitted. */
export function listSubmissionLearners(db: Db, scope: TrustScope, submissionId: string) {
  return db
    .selectFrom('learners')
    .innerJoin('submissions', (j) =>
      j
        .onRef('submissions.id', '=', 'learners.submission_id')
        .onRef('submissions.trust_id', '=', 'learners.trust_id'),
    )
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .select([
      'learners.id',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.preferred_name as preferredName',
      'learners.uln',
      'learners.leaving_year as leavingYear',
      'learner_decisions.tier',
      sql<number>`coalesce(learner_decisions.tier_rank, 0)`.as('tierRank'),
      sql<string | null>`learner_decisions.decision->'tier'->>'name'`.as('tierName'),
      'learner_decisions.pathway',
      sql<string | null>`learner_decisions.decision->'pathway'->>'name'`.as('pathwayName'),
      'learner_decisions.award_grade as awardGrade',
      sql<string | null>`learner_decisions.decision->'awardGrade'->>'name'`.as('awardGradeName'),
      'learner_decisions.computed_at as decidedAt',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('submissions.trust_id', '=', scope.trustId)
    .where('learners.submission_id', '=', submissionId)
    .orderBy('learners.legal_family_name')
    .orderBy('learners.legal_given_name')
    .orderBy('learners.id')
    .execute();
}

/** One learner of a submission, with the centre that holds the record; undefined when not in it. */
export function findSubmissionLearner(
  db: Db,
  scope: TrustScope,
  submissionId: string,
  learnerId: string,
) {
  return db
    .selectFrom('learners')
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'learners.centre_id')
        .onRef('centres.trust_id', '=', 'learners.trust_id'),
    )
    .select([
      'learners.id',
      'learners.centre_id as centreId',
      'centres.name as centreName',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.preferred_name as preferredName',
      'learners.uln',
      'learners.leaving_year as leavingYear',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.submission_id', '=', submissionId)
    .where('learners.id', '=', learnerId)
    .executeTakeFirst();
}

/** One of the trust's submissions, as the moderator sees it; undefined when not the trust's. */
export function findModerationSubmission(db: Db, scope: TrustScope, submissionId: string) {
  return db
    .selectFrom('submissions')
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'submissions.centre_id')
        .onRef('centres.trust_id', '=', 'submissions.trust_id'),
    )
    .innerJoin('cohorts', 'cohorts.id', 'submissions.cohort_id')
    .leftJoin('users as submitter', 'submitter.id', 'submissions.submitted_by')
    .leftJoin('users as decider', 'decider.id', 'submissions.decided_by')
    .select([
      'submissions.id',
      'submissions.status',
      'submissions.centre_id as centreId',
      'centres.name as centreName',
      'cohorts.leaving_year as leavingYear',
      'submissions.learner_count as learnerCount',
      'submissions.submitted_at as submittedAt',
      'submitter.display_name as submittedByName',
      'submissions.decided_at as decidedAt',
      'decider.display_name as decidedByName',
      'submissions.comment',
    ])
    .where('submissions.trust_id', '=', scope.trustId)
    .where('submissions.id', '=', submissionId)
    .executeTakeFirst();
}

/**
 * The hand-over to award issuance: learners of approved submissions who hold no current award
 * yet, with the decision the trust approved. Issuing an award removes a learner from this list.
 */
export function listApprovedLearnersAwaitingAward(db: Db, scope: TrustScope, limit = 1_000) {
  return db
    .selectFrom('learners')
    .innerJoin('submissions', (j) =>
      j
        .onRef('submissions.id', '=', 'learners.submission_id')
        .onRef('submissions.trust_id', '=', 'learners.trust_id'),
    )
    .innerJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .select([
      'learners.id as learnerId',
      'learners.centre_id as centreId',
      'submissions.id as submissionId',
      'submissions.decided_at as approvedAt',
      'learner_decisions.framework_version_id as frameworkVersionId',
      'learner_decisions.framework_hash as frameworkHash',
      'learner_decisions.tier',
      'learner_decisions.decision',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('submissions.trust_id', '=', scope.trustId)
    .where('submissions.status', '=', 'approved')
    .where('learner_decisions.tier', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('awards')
            .select('awards.id')
            .whereRef('awards.learner_id', '=', 'learners.id')
            .where('awards.trust_id', '=', scope.trustId)
            .where('awards.status', '=', 'valid'),
        ),
      ),
    )
    .orderBy('submissions.decided_at')
    .orderBy('learners.id')
    .limit(limit)
    .execute();
}
