import { sql } from 'kysely';
import type { Db, TrustScope } from './scope.ts';

/**
 * The newest of a key's status lists that still has room, locked for allocation. A list is
 * filled only to `capacity`, so a random free index is found in a few tries and every list
 * keeps a crowd of unused entries to hide among.
 */
export function findOpenStatusList(db: Db, scope: TrustScope, issuerKeyId: string, needed: number) {
  return db
    .selectFrom('status_lists')
    .select([
      'id',
      'length',
      'taken_count as takenCount',
      sql<string | null>`credential->>'id'`.as('url'),
    ])
    .where('trust_id', '=', scope.trustId)
    .where('issuer_key_id', '=', issuerKeyId)
    .where(sql<boolean>`taken_count + ${needed} <= length * 3 / 4`)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export function insertStatusList(
  db: Db,
  scope: TrustScope,
  values: { id: string; issuerKeyId: string; length: number },
) {
  return db
    .insertInto('status_lists')
    .values({
      id: values.id,
      trust_id: scope.trustId,
      issuer_key_id: values.issuerKeyId,
      length: values.length,
    })
    .returning(['id', 'length', 'taken_count as takenCount', sql<string | null>`null`.as('url')])
    .executeTakeFirstOrThrow();
}

export function addStatusListTaken(db: Db, scope: TrustScope, listId: string, count: number) {
  return db
    .updateTable('status_lists')
    .set((eb) => ({ taken_count: eb('taken_count', '+', count), updated_at: new Date() }))
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', listId)
    .execute();
}

/** Indexes of a list already given to awards. */
export async function listTakenStatusIndexes(db: Db, scope: TrustScope, listId: string) {
  const rows = await db
    .selectFrom('awards')
    .select('status_list_index as index')
    .where('trust_id', '=', scope.trustId)
    .where('status_list_id', '=', listId)
    .execute();
  return rows.map((r) => r.index!);
}

/** Indexes whose awards are no longer valid (revoked or superseded): the bits set in the list. */
export async function listRevokedStatusIndexes(db: Db, scope: TrustScope, listId: string) {
  const rows = await db
    .selectFrom('awards')
    .select('status_list_index as index')
    .where('trust_id', '=', scope.trustId)
    .where('status_list_id', '=', listId)
    .where('status', '<>', 'valid')
    .execute();
  return rows.map((r) => r.index!);
}

/** A list with the key that signs it; undefined when not the trust's. */
export function findStatusList(db: Db, scope: TrustScope, listId: string) {
  return db
    .selectFrom('status_lists')
    .select([
      'id',
      'issuer_key_id as issuerKeyId',
      'length',
      'updated_at as updatedAt',
      sql<string | null>`credential->>'id'`.as('url'),
    ])
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', listId)
    .executeTakeFirst();
}

export function saveStatusListCredential(
  db: Db,
  scope: TrustScope,
  listId: string,
  credential: unknown,
) {
  return db
    .updateTable('status_lists')
    .set({ credential: JSON.stringify(credential), updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', listId)
    .execute();
}

/**
 * The signed list as served to anyone checking a credential: public by design (it says only
 * which anonymous entries are revoked), so it is found by its id alone.
 */
export function findPublicStatusListCredential(db: Db, listId: string) {
  return db
    .selectFrom('status_lists')
    .select(['credential', 'updated_at as updatedAt'])
    .where('id', '=', listId)
    .where('credential', 'is not', null)
    .executeTakeFirst();
}
