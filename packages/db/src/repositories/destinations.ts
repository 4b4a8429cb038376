import type { DestinationCheckpoint, DestinationKind } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export const destinationColumns = [
  'destinations.id',
  'destinations.learner_id as learnerId',
  'destinations.checkpoint',
  'destinations.kind',
  'destinations.provider',
  'destinations.sustained',
  'destinations.recorded_on as recordedOn',
  'destinations.notes',
  'destinations.version',
  'destinations.updated_at as updatedAt',
] as const;

const returned = [
  'id',
  'learner_id as learnerId',
  'checkpoint',
  'kind',
  'provider',
  'sustained',
  'recorded_on as recordedOn',
  'notes',
  'version',
  'updated_at as updatedAt',
] as const;

export interface DestinationFields {
  kind: DestinationKind;
  provider: string | null;
  sustained: boolean | null;
  recorded_on: string;
  notes: string | null;
}

export function listLearnerDestinations(db: Db, scope: CentreScope, learnerId: string) {
  return db
    .selectFrom('destinations')
    .select(destinationColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('learner_id', '=', learnerId)
    .execute();
}

export function findDestination(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  checkpoint: DestinationCheckpoint,
) {
  return db
    .selectFrom('destinations')
    .select(destinationColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('learner_id', '=', learnerId)
    .where('checkpoint', '=', checkpoint)
    .executeTakeFirst();
}

export function insertDestination(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  checkpoint: DestinationCheckpoint,
  fields: DestinationFields,
) {
  return db
    .insertInto('destinations')
    .values({
      ...fields,
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      learner_id: learnerId,
      checkpoint,
    })
    .returning(returned)
    .executeTakeFirstOrThrow();
}

/** Updates a destination only if it is still at the version the editor saw. */
export function updateDestinationAtVersion(
  db: Db,
  scope: CentreScope,
  id: string,
  expectedVersion: number,
  fields: DestinationFields,
) {
  return db
    .updateTable('destinations')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(returned)
    .executeTakeFirst();
}

export type DestinationRow = NonNullable<Awaited<ReturnType<typeof findDestination>>>;

export interface MissingDestinationQuery {
  checkpoint: DestinationCheckpoint;
  /** Only learners who have left: leaving years up to and including this one. */
  leftBy: number;
  leavingYear?: number | undefined;
  page: number;
  pageSize: number;
}

/** Leavers with nothing recorded at a checkpoint, or recorded as unknown. */
export async function listLeaversWithoutDestination(
  db: Db,
  scope: CentreScope,
  q: MissingDestinationQuery,
) {
  let base = db
    .selectFrom('learners')
    .leftJoin('destinations', (j) =>
      j
        .onRef('destinations.learner_id', '=', 'learners.id')
        .onRef('destinations.centre_id', '=', 'learners.centre_id')
        .on('destinations.checkpoint', '=', q.checkpoint),
    )
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.leaving_year', '<=', q.leftBy)
    .where((eb) =>
      eb.or([eb('destinations.id', 'is', null), eb('destinations.kind', '=', 'unknown')]),
    );
  if (q.leavingYear) base = base.where('learners.leaving_year', '=', q.leavingYear);
  const [items, total] = await Promise.all([
    base
      .select([
        'learners.id',
        'learners.legal_given_name as legalGivenName',
        'learners.legal_family_name as legalFamilyName',
        'learners.preferred_name as preferredName',
        'learners.leaving_year as leavingYear',
        'destinations.kind',
        'destinations.recorded_on as recordedOn',
      ])
      .orderBy('learners.leaving_year', 'desc')
      .orderBy('learners.legal_family_name')
      .orderBy('learners.legal_given_name')
      .orderBy('learners.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}
