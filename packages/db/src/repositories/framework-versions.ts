import type { Db, TrustScope } from './scope.ts';

const columns = [
  'id',
  'name',
  'version_number as versionNumber',
  'status',
  'definition_hash as definitionHash',
  'version',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'published_at as publishedAt',
  'retired_at as retiredAt',
] as const;

/** Every framework version of the trust, newest first, without the definitions. */
export function listFrameworkVersions(db: Db, scope: TrustScope) {
  return db
    .selectFrom('framework_versions')
    .select(columns)
    .select((eb) =>
      eb
        .selectFrom('cohorts')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('cohorts.framework_version_id', '=', 'framework_versions.id')
        .where('cohorts.trust_id', '=', scope.trustId)
        .as('cohortCount'),
    )
    .where('trust_id', '=', scope.trustId)
    .orderBy('name')
    .orderBy('version_number', 'desc')
    .execute();
}

export function findFrameworkVersionWithDefinition(db: Db, scope: TrustScope, id: string) {
  return db
    .selectFrom('framework_versions')
    .select(columns)
    .select('definition')
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function nextFrameworkVersionNumber(db: Db, scope: TrustScope, name: string) {
  const row = await db
    .selectFrom('framework_versions')
    .select((eb) => eb.fn.max('version_number').as('max'))
    .where('trust_id', '=', scope.trustId)
    .where('name', '=', name)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function insertFrameworkDraft(
  db: Db,
  scope: TrustScope,
  draft: { name: string; versionNumber: number; definition: unknown; createdBy: string },
) {
  return db
    .insertInto('framework_versions')
    .values({
      trust_id: scope.trustId,
      name: draft.name,
      version_number: draft.versionNumber,
      status: 'draft',
      definition: JSON.stringify(draft.definition),
      created_by: draft.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Saves a draft's definition if it is still a draft at `version`; undefined otherwise. */
export function updateFrameworkDraftAtVersion(
  db: Db,
  scope: TrustScope,
  id: string,
  version: number,
  definition: unknown,
) {
  return db
    .updateTable('framework_versions')
    .set((eb) => ({
      definition: JSON.stringify(definition),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}

export function publishFrameworkDraftAtVersion(
  db: Db,
  scope: TrustScope,
  id: string,
  version: number,
  hash: string,
) {
  return db
    .updateTable('framework_versions')
    .set((eb) => ({
      status: 'published',
      definition_hash: hash,
      published_at: new Date(),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}

export function retirePublishedFrameworkVersion(db: Db, scope: TrustScope, id: string) {
  return db
    .updateTable('framework_versions')
    .set({ status: 'retired', retired_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('status', '=', 'published')
    .returning(columns)
    .executeTakeFirst();
}

export function deleteFrameworkDraftAtVersion(
  db: Db,
  scope: TrustScope,
  id: string,
  version: number,
) {
  return db
    .deleteFrom('framework_versions')
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}
