import type { Insertable } from 'kysely';
import type { ResultTable } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export const resultColumns = [
  'id',
  'learner_id as learnerId',
  'qualification_id as qualificationId',
  'grade',
  'status',
  'awarded_on as awardedOn',
  'version',
] as const;

export type ResultFields = Pick<
  Insertable<ResultTable>,
  'qualification_id' | 'grade' | 'status' | 'awarded_on'
>;

export function findResult(db: Db, scope: CentreScope, resultId: string) {
  return db
    .selectFrom('results')
    .select(resultColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', resultId)
    .executeTakeFirst();
}

export function createResult(db: Db, scope: CentreScope, learnerId: string, fields: ResultFields) {
  return db
    .insertInto('results')
    .values({
      ...fields,
      learner_id: learnerId,
      trust_id: scope.trustId,
      centre_id: scope.centreId,
    })
    .returning(resultColumns)
    .executeTakeFirstOrThrow();
}

/** Updates a result only at the version the editor saw; undefined when it has moved on. */
export function updateResultAtVersion(
  db: Db,
  scope: CentreScope,
  resultId: string,
  expectedVersion: number,
  fields: ResultFields,
) {
  return db
    .updateTable('results')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', resultId)
    .where('version', '=', expectedVersion)
    .returning(resultColumns)
    .executeTakeFirst();
}

export function deleteResultAtVersion(
  db: Db,
  scope: CentreScope,
  resultId: string,
  expectedVersion: number,
) {
  return db
    .deleteFrom('results')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', resultId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
}
