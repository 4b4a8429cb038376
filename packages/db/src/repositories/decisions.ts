import type { Insertable } from 'kysely';
import type { LearnerDecisionTable } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export type LearnerDecisionRow = Omit<Insertable<LearnerDecisionTable>, 'trust_id' | 'centre_id'>;

/** Stores each learner's current decision, replacing the one before. */
export async function upsertLearnerDecisions(
  db: Db,
  scope: CentreScope,
  rows: readonly LearnerDecisionRow[],
) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows
      .slice(i, i + 500)
      .map((r) => ({ ...r, trust_id: scope.trustId, centre_id: scope.centreId }));
    await db
      .insertInto('learner_decisions')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('learner_id').doUpdateSet((eb) => ({
          framework_version_id: eb.ref('excluded.framework_version_id'),
          framework_hash: eb.ref('excluded.framework_hash'),
          tier: eb.ref('excluded.tier'),
          tier_rank: eb.ref('excluded.tier_rank'),
          pathway: eb.ref('excluded.pathway'),
          award_grade: eb.ref('excluded.award_grade'),
          next_tier: eb.ref('excluded.next_tier'),
          gap_size: eb.ref('excluded.gap_size'),
          unmet_components: eb.ref('excluded.unmet_components'),
          decision: eb.ref('excluded.decision'),
          computed_at: eb.ref('excluded.computed_at'),
        })),
      )
      .execute();
  }
}

export function deleteLearnerDecisions(db: Db, scope: CentreScope, learnerIds: readonly string[]) {
  if (learnerIds.length === 0) return Promise.resolve([]);
  return db
    .deleteFrom('learner_decisions')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('learner_id', 'in', learnerIds)
    .execute();
}

export function findLearnerDecision(db: Db, scope: CentreScope, learnerId: string) {
  return db
    .selectFrom('learner_decisions')
    .select(['decision', 'computed_at as computedAt', 'framework_version_id as frameworkVersionId'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('learner_id', '=', learnerId)
    .executeTakeFirst();
}
