import { sql } from 'kysely';
import type { Db, TrustScope } from './scope.ts';

/**
 * Learners counted by centre, leaving year and stored decision (tier, pathway, award grade, and
 * the components still needed for the next tier). Learners with no decision yet are counted with
 * `decided` false, so every learner is in exactly one row, read in one pass.
 */
export function countLearnersByDecision(db: Db, scope: TrustScope) {
  return db
    .selectFrom('learners')
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .select([
      'learners.centre_id as centreId',
      'learners.leaving_year as leavingYear',
      sql<boolean>`learner_decisions.learner_id is not null`.as('decided'),
      'learner_decisions.tier',
      sql<number>`coalesce(learner_decisions.tier_rank, 0)`.as('tierRank'),
      'learner_decisions.pathway',
      'learner_decisions.award_grade as awardGrade',
      sql<string[] | null>`learner_decisions.unmet_components`.as('unmetComponents'),
      sql<number>`count(*)::int`.as('learners'),
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .groupBy([
      'learners.centre_id',
      'learners.leaving_year',
      sql`learner_decisions.learner_id is not null`,
      'learner_decisions.tier',
      sql`coalesce(learner_decisions.tier_rank, 0)`,
      'learner_decisions.pathway',
      'learner_decisions.award_grade',
      'learner_decisions.unmet_components',
    ])
    .execute();
}

/** Recorded destinations counted by centre, leaving year, the learner's tier, checkpoint and kind. */
export function countDestinationsByTier(db: Db, scope: TrustScope) {
  return db
    .selectFrom('destinations')
    .innerJoin('learners', (j) =>
      j
        .onRef('learners.id', '=', 'destinations.learner_id')
        .onRef('learners.centre_id', '=', 'destinations.centre_id'),
    )
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .select([
      'learners.centre_id as centreId',
      'learners.leaving_year as leavingYear',
      'learner_decisions.tier',
      sql<number>`coalesce(learner_decisions.tier_rank, 0)`.as('tierRank'),
      'destinations.checkpoint',
      'destinations.kind',
      sql<number>`count(*)::int`.as('learners'),
      sql<number>`(count(*) filter (where destinations.sustained))::int`.as('sustained'),
    ])
    .where('destinations.trust_id', '=', scope.trustId)
    .where('learners.trust_id', '=', scope.trustId)
    .groupBy([
      'learners.centre_id',
      'learners.leaving_year',
      'learner_decisions.tier',
      sql`coalesce(learner_decisions.tier_rank, 0)`,
      'destinations.checkpoint',
      'destinations.kind',
    ])
    .execute();
}

/** The definitions of the framework versions the trust's cohorts are decided under, for names. */
export function listCohortFrameworkDefinitions(db: Db, scope: TrustScope) {
  return db
    .selectFrom('framework_versions')
    .select(['id', 'definition', 'published_at as publishedAt'])
    .where('trust_id', '=', scope.trustId)
    .where((eb) =>
      eb(
        'id',
        'in',
        eb
          .selectFrom('cohorts')
          .select('framework_version_id')
          .where('cohorts.trust_id', '=', scope.trustId),
      ),
    )
    .orderBy('published_at', 'asc')
    .execute();
}

/** The trust's centres by name, for the analytics' centre columns. */
export function listAnalyticsCentres(db: Db, scope: TrustScope) {
  return db
    .selectFrom('centres')
    .select(['id', 'name'])
    .where('trust_id', '=', scope.trustId)
    .orderBy('name')
    .execute();
}
