import type { Insertable } from 'kysely';
import type { ActivityTable } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export const activityColumns = [
  'id',
  'learner_id as learnerId',
  'strand',
  'hours',
  'started_on as startedOn',
  'ended_on as endedOn',
  'description',
  'verified_by as verifiedBy',
  'version',
] as const;

export type ActivityFields = Pick<
  Insertable<ActivityTable>,
  'strand' | 'hours' | 'started_on' | 'ended_on' | 'description' | 'verified_by'
>;

export function findActivity(db: Db, scope: CentreScope, activityId: string) {
  return db
    .selectFrom('activities')
    .select(activityColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', activityId)
    .executeTakeFirst();
}

export function createActivity(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  fields: ActivityFields,
) {
  return db
    .insertInto('activities')
    .values({
      ...fields,
      learner_id: learnerId,
      trust_id: scope.trustId,
      centre_id: scope.centreId,
    })
    .returning(activityColumns)
    .executeTakeFirstOrThrow();
}

/** Updates an activity only at the version the editor saw; undefined when it has moved on. */
export function updateActivityAtVersion(
  db: Db,
  scope: CentreScope,
  activityId: string,
  expectedVersion: number,
  fields: ActivityFields,
) {
  return db
    .updateTable('activities')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', activityId)
    .where('version', '=', expectedVersion)
    .returning(activityColumns)
    .executeTakeFirst();
}

export function deleteActivityAtVersion(
  db: Db,
  scope: CentreScope,
  activityId: string,
  expectedVersion: number,
) {
  return db
    .deleteFrom('activities')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', activityId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
}
