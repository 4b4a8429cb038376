import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../database.ts';
import { APPLICATION_ROLE } from './application-role.ts';

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
  // One statement: set_config('role', ..., true) is SET LOCAL ROLE.
  await sql`select set_config('bacc.scope', ${scope.kind}, true),
    set_config('bacc.trust_id', ${trustId}, true),
    set_config('role', ${APPLICATION_ROLE}, true)`.execute(trx);
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

/**
 * Runs `work` within `scope`: in a transaction of its own when given the pool (a background job,
 * a plain HTTP route), or in the transaction it is given, which already carries its caller's
 * scope (a procedure's).
 */
export function inRowScopeOf<T>(
  db: Kysely<Database>,
  scope: RowScope,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : withRowScope(db, scope, work);
}

/** Work within one trust's rows: see `inRowScopeOf`. */
export const inTrustScope = <T>(
  db: Kysely<Database>,
  trustId: string,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> => inRowScopeOf(db, { kind: 'tenant', trustId }, work);

/**
 * The system scope's narrow lookups by an unguessable key. Inside a transaction, that must be a
 * procedure marked `rowScope: 'system'` (the verification check).
 */
export const inSystemScope = <T>(
  db: Kysely<Database>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> => inRowScopeOf(db, { kind: 'system' }, work);
