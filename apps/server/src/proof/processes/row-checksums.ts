import { type Database, type Kysely, sql } from '@bacc/db';

/**
 * tableChecksums' answer (count and digest per table) for tables too big to aggregate as text:
 * each row is hashed first, so 50,000 learner decisions of ~30 KB each fit in memory.
 */
export async function rowHashChecksums(
  db: Kysely<Database>,
  skip: ReadonlySet<string> = new Set(),
): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const sums: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (skip.has(name)) continue;
    const row = await sql<{ sum: string }>`
      select count(*) || ':' || coalesce(md5(string_agg(h, '' order by h)), '') as sum
      from (select md5(t::text) as h from ${sql.table(name)} t) hashed`.execute(db);
    sums[name] = row.rows[0]?.sum ?? '';
  }
  return sums;
}

/** A promise's outcome without leaving a rejection unhandled while the test does other things. */
export function settle<T>(
  promise: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
