import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database.ts';

/** Whose rows a transaction may touch, as the row-level security policies read it. */
export type RowScope =
  | { kind: 'tenant'; trustId: string }
  /** Cross-tenant lookups by an unguessable key: a session token, an award code, an email. */
  | { kind: 'system' };

/**
 * Makes the rest of this transaction work as `bacc_app` within `scope`. Transaction-local
 * (SET LOCAL, set_config(..., true)): nothing survives the commit, so a pooled connection
 * never carries one caller's scope into another's transaction.
 */
export async function enterRowScope(trx: Transaction<Database>, scope: RowScope) {
  const trustId = scope.kind === 'tenant' ? scope.trustId : '';
  await sql`select set_config('bacc.scope', ${scope.kind}, true),
    set_config('bacc.trust_id', ${trustId}, true)`.execute(trx);
  await sql`set local role bacc_app`.execute(trx);
}

/** Runs `work` in one transaction bound to `scope`. */
export function withRowScope<T>(
  db: Kysely<Database>,
  scope: RowScope,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await enterRowScope(trx, scope);
    return work(trx);
  });
}
