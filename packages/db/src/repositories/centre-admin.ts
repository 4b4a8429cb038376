import type { Db, TrustScope } from './scope.ts';

export interface CentreFields {
  urn: string;
  name: string;
  kind: 'school' | 'college' | 'other';
  town: string | null;
  address: string | null;
}

const columns = ['id', 'urn', 'name', 'kind', 'town', 'address', 'version'] as const;

export function findCentreForAdmin(db: Db, scope: TrustScope, centreId: string) {
  return db
    .selectFrom('centres')
    .select(columns)
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', centreId)
    .executeTakeFirst();
}

export function insertCentre(db: Db, scope: TrustScope, fields: CentreFields) {
  return db
    .insertInto('centres')
    .values({ ...fields, trust_id: scope.trustId })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateCentreAtVersion(
  db: Db,
  scope: TrustScope,
  centreId: string,
  version: number,
  fields: CentreFields,
) {
  return db
    .updateTable('centres')
    .set({ ...fields, version: version + 1, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', centreId)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}
