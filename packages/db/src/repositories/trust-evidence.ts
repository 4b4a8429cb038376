import { sql } from 'kysely';
import type { Db, TrustScope } from './scope.ts';

/**
 * Set-based reads across a whole trust, for work over every learner at once (impact previews):
 * one query per batch of learners, never one per learner, and the catalogue read once.
 */
export interface TrustLearnerFilter {
  centreId?: string | null;
  leavingYear?: number | null;
}

// One array parameter instead of thousands of placeholders: cheaper to parse and plan.
const anyOf = (ids: readonly string[]) => sql<string>`any(${sql.val(ids)}::uuid[])`;

function learnersIn(db: Db, scope: TrustScope, filter: TrustLearnerFilter) {
  let q = db.selectFrom('learners').where('learners.trust_id', '=', scope.trustId);
  if (filter.centreId) q = q.where('learners.centre_id', '=', filter.centreId);
  if (filter.leavingYear) q = q.where('learners.leaving_year', '=', filter.leavingYear);
  return q;
}

export async function countTrustLearners(db: Db, scope: TrustScope, filter: TrustLearnerFilter) {
  const row = await learnersIn(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of learners (keyset by id) with their centre and their stored decision. */
export function listTrustLearnerPage(
  db: Db,
  scope: TrustScope,
  filter: TrustLearnerFilter,
  afterId: string | null,
  limit: number,
) {
  let q = learnersIn(db, scope, filter)
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'learners.centre_id')
        .onRef('centres.trust_id', '=', 'learners.trust_id'),
    )
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.trust_id', '=', 'learners.trust_id'),
    )
    .select([
      'learners.id',
      'learners.centre_id as centreId',
      'centres.name as centreName',
      'learners.legal_given_name as givenName',
      'learners.legal_family_name as familyName',
      'learners.preferred_name as preferredName',
      'learners.leaving_year as leavingYear',
      'learner_decisions.tier',
      'learner_decisions.tier_rank as tierRank',
      'learner_decisions.pathway',
      'learner_decisions.award_grade as awardGrade',
    ])
    .orderBy('learners.id')
    .limit(limit);
  if (afterId) q = q.where('learners.id', '>', afterId);
  return q.execute();
}

/** The catalogue facts the criteria engine reads, for every qualification of the trust. */
export function listTrustQualificationFacts(db: Db, scope: TrustScope) {
  return db
    .selectFrom('qualifications')
    .select([
      'id',
      'qn',
      'title',
      'type',
      'subject',
      'level',
      'glh',
      'tqt',
      'size_a_levels as sizeALevels',
      'category',
      'discount_code as discountCode',
      'grade_scale as gradeScale',
    ])
    .where('trust_id', '=', scope.trustId)
    .execute();
}

export function listTrustResultRows(db: Db, scope: TrustScope, learnerIds: readonly string[]) {
  return db
    .selectFrom('results')
    .select([
      'id',
      'learner_id as learnerId',
      'grade',
      'status',
      'qualification_id as qualificationId',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('learner_id', '=', anyOf(learnerIds))
    .execute();
}

export function listTrustProjectRows(db: Db, scope: TrustScope, learnerIds: readonly string[]) {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'learner_id as learnerId',
      'title',
      'kind',
      'grade',
      'hours',
      'qualification_id as qualificationId',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('learner_id', '=', anyOf(learnerIds))
    .execute();
}

export function listTrustActivityRows(db: Db, scope: TrustScope, learnerIds: readonly string[]) {
  return db
    .selectFrom('activities')
    .select([
      'id',
      'learner_id as learnerId',
      'strand',
      'hours',
      'started_on as startedOn',
      'ended_on as endedOn',
      'verified_by as verifiedBy',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('learner_id', '=', anyOf(learnerIds))
    .execute();
}
