import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import { listTables, quoteIdent } from './catalog.ts';

export interface TableFingerprint {
  rows: number;
  /** md5 of the table's rows as text, in byte order, under UTC: equal tables, equal digests. */
  md5: string;
}

/** Row count and digest of every table, to compare a database with its restored copy. */
export function tableFingerprints(db: Kysely<Database>): Promise<Record<string, TableFingerprint>> {
  return db.transaction().execute(async (tx) => {
    const out: Record<string, TableFingerprint> = {};
    await sql`set local timezone = 'UTC'`.execute(tx);
    for (const t of await listTables(tx)) {
      const { rows } = await sql<{ rows: number; md5: string }>`
        select count(*)::int as rows,
          md5(coalesce(string_agg(x::text, E'\n' order by x::text collate "C"), '')) as md5
        from ${sql.raw(quoteIdent(t.name))} as x`.execute(tx);
      out[t.name] = rows[0]!;
    }
    return out;
  });
}
