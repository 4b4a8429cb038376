import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

/** Every repository takes a connection or a transaction, so callers decide the unit of work. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Tenancy is explicit: every query on tenant data names the trust, and the centre where it belongs. */
export interface TrustScope {
  trustId: string;
}
export interface CentreScope extends TrustScope {
  centreId: string;
}
