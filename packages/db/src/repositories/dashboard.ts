import { sql } from 'kysely';
import type { CentreScope, Db } from './scope.ts';

/** The learners of one leaving year with their stored decisions (none when undecided). */
function cohortLearners(db: Db, scope: CentreScope, leavingYear: number) {
  return db
    .selectFrom('learners')
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.leaving_year', '=', leavingYear);
}

const count = sql<number>`count(*)::int`;

/** Head counts of one leaving year by tier, pathway and component still needed, all from stored decisions. */
export async function cohortFigures(db: Db, scope: CentreScope, leavingYear: number) {
  const base = cohortLearners(db, scope, leavingYear);
  const [totals, byTier, byPathway, byMissing] = await Promise.all([
    base
      .select([
        count.as('learners'),
        sql<number>`count(learner_decisions.learner_id)::int`.as('decided'),
      ])
      .executeTakeFirstOrThrow(),
    base
      .select(['learner_decisions.tier', count.as('count')])
      .groupBy('learner_decisions.tier')
      .execute(),
    base
      .select(['learner_decisions.pathway', count.as('count')])
      .where('learner_decisions.pathway', 'is not', null)
      .groupBy('learner_decisions.pathway')
      .execute(),
    db
      .selectFrom(
        base
          .select(sql<string>`unnest(learner_decisions.unmet_components)`.as('component'))
          .as('needs'),
      )
      .select(['needs.component', count.as('count')])
      .groupBy('needs.component')
      .execute(),
  ]);
  return { totals, byTier, byPathway, byMissing };
}

/** The learners of a leaving year nearest their next tier: fewest needs first. */
export function learnersClosestToNextTier(
  db: Db,
  scope: CentreScope,
  leavingYear: number,
  limit: number,
) {
  return cohortLearners(db, scope, leavingYear)
    .select([
      'learners.id',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.preferred_name as preferredName',
      'learner_decisions.tier',
      'learner_decisions.next_tier as nextTier',
      'learner_decisions.gap_size as gapSize',
      'learner_decisions.unmet_components as unmetComponents',
      sql<unknown>`learner_decisions.decision->'explanation'->'gap'`.as('gap'),
    ])
    .where('learner_decisions.next_tier', 'is not', null)
    .orderBy('learner_decisions.gap_size')
    .orderBy('learner_decisions.tier_rank', 'desc')
    .orderBy('learners.legal_family_name')
    .orderBy('learners.id')
    .limit(limit)
    .execute();
}
