import type { Insertable } from 'kysely';
import type { CentreTable } from '../database.ts';
import type { CentreScope, Db, TrustScope } from './scope.ts';

const centreColumns = [
  'centres.id',
  'centres.urn',
  'centres.name',
  'centres.kind',
  'centres.town',
] as const;

/** The trust's centres with how many learners and staff each has, and which leaving years. */
export async function listCentresWithCounts(db: Db, scope: TrustScope) {
  const rows = await db
    .selectFrom('centres')
    .select(centreColumns)
    .select((eb) => [
      eb
        .selectFrom('learners')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('learners.centre_id', '=', 'centres.id')
        .where('learners.trust_id', '=', scope.trustId)
        .as('learnerCount'),
      eb
        .selectFrom('users')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('users.centre_id', '=', 'centres.id')
        .where('users.trust_id', '=', scope.trustId)
        .where('users.disabled_at', 'is', null)
        .as('staffCount'),
      eb
        .selectFrom('learners')
        .select((e) =>
          e.fn.agg<number[]>('array_agg', ['learners.leaving_year']).distinct().as('y'),
        )
        .whereRef('learners.centre_id', '=', 'centres.id')
        .where('learners.trust_id', '=', scope.trustId)
        .as('leavingYears'),
    ])
    .where('centres.trust_id', '=', scope.trustId)
    .orderBy('centres.name')
    .execute();
  return rows.map((r) => ({
    ...r,
    learnerCount: Number(r.learnerCount ?? 0),
    staffCount: Number(r.staffCount ?? 0),
    leavingYears: [...(r.leavingYears ?? [])].sort((a, b) => a - b),
  }));
}

export function findCentre(db: Db, scope: CentreScope) {
  return db
    .selectFrom('centres')
    .select([...centreColumns, 'centres.trust_id as trustId'])
    .where('centres.trust_id', '=', scope.trustId)
    .where('centres.id', '=', scope.centreId)
    .executeTakeFirst();
}

export function createCentre(
  db: Db,
  scope: TrustScope,
  input: Omit<Insertable<CentreTable>, 'trust_id' | 'id'>,
) {
  return db
    .insertInto('centres')
    .values({ ...input, trust_id: scope.trustId })
    .returning(
      centreColumns.map((c) => c.replace('centres.', '')) as ['id', 'urn', 'name', 'kind', 'town'],
    )
    .executeTakeFirstOrThrow();
}
