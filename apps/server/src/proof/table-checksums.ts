import { type Database, type Kysely, sql } from '@bacc/db';

/**
 * One checksum per table in the public schema, found from the catalogue so that tables added
 * later are covered without anyone remembering to list them.
 */
export async function tableChecksums(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const sums: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const row = await sql<{ sum: string }>`
      select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum
      from ${sql.table(name)} t`.execute(db);
    sums[name] = row.rows[0]?.sum ?? '';
  }
  return sums;
}
