import { sql } from 'kysely';
import type { Db } from '../repositories/scope.ts';

/** Kysely's own bookkeeping: the backup header records the migrations instead. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export interface TableShape {
  name: string;
  /** Stored columns in ordinal order; generated columns are left out (the database recomputes them). */
  columns: string[];
  /** format_type() of each column, e.g. 'numeric(5,1)', 'text[]': the cast a restored text value takes. */
  types: string[];
  /** Primary key columns, or [] when the table has none. */
  key: string[];
  /** Whether a column is GENERATED ALWAYS AS IDENTITY (an insert must say OVERRIDING SYSTEM VALUE). */
  identityAlways: boolean;
}

export interface ForeignKey {
  table: string;
  name: string;
  references: string;
  definition: string;
}

/** Every ordinary table of the application's schema, read from the catalog (never a fixed list). */
export async function listTables(db: Db): Promise<TableShape[]> {
  const { rows } = await sql<{
    table: string;
    column: string;
    type: string;
    identity: string;
    key_position: number | null;
  }>`
    select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
      a.attidentity as identity,
      array_position(pk.conkey, a.attnum) as key_position
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_constraint pk on pk.conrelid = c.oid and pk.contype = 'p'
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
      and a.attgenerated = ''
      and c.relname <> all (${MIGRATION_TABLES}::text[])
    order by c.relname, a.attnum`.execute(db);
  const tables = new Map<string, TableShape & { keyAt: Array<[number, string]> }>();
  for (const r of rows) {
    let t = tables.get(r.table);
    if (!t) {
      t = { name: r.table, columns: [], types: [], key: [], identityAlways: false, keyAt: [] };
      tables.set(r.table, t);
    }
    t.columns.push(r.column);
    t.types.push(r.type);
    if (r.identity === 'a') t.identityAlways = true;
    if (r.key_position !== null) t.keyAt.push([r.key_position, r.column]);
  }
  return [...tables.values()].map(({ keyAt, ...t }) => ({
    ...t,
    key: keyAt.sort((a, b) => a[0] - b[0]).map(([, c]) => c),
  }));
}

export async function listForeignKeys(db: Db): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select c.conrelid::regclass::text as table, c.conname as name,
      c.confrelid::regclass::text as references, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
    order by 1, 2`.execute(db);
  return rows;
}

/**
 * Tables ordered so each comes after the tables it references (self-references and cycles are
 * broken by name order; the restore switches foreign-key checks off or re-adds them, so the order
 * only keeps a partial restore readable).
 */
export function referenceOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const deps = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) {
    if (k.table !== k.references && deps.has(k.references)) deps.get(k.table)?.add(k.references);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (placed.has(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const d of [...(deps.get(t) ?? [])].sort()) visit(d);
    visiting.delete(t);
    placed.add(t);
    ordered.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return ordered;
}

export interface SequenceValue {
  name: string;
  /** bigint as text; null when the sequence was never used. */
  value: string | null;
}

export async function listSequences(db: Db): Promise<SequenceValue[]> {
  const { rows } = await sql<SequenceValue>`
    select sequencename as name, last_value::text as value
    from pg_sequences where schemaname = current_schema() order by 1`.execute(db);
  return rows;
}

/** Names of the migrations applied to this database, or [] when it has never been migrated. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await sql<{ ok: boolean }>`
    select to_regclass('kysely_migration') is not null as ok`.execute(db);
  if (!exists.rows[0]?.ok) return [];
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteIdent = ident;

/** Tables holding at least one row. */
export async function tablesWithRows(db: Db, tables: readonly string[]): Promise<string[]> {
  const full: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<{ any: boolean }>`
      select exists (select 1 from ${sql.raw(ident(t))}) as any`.execute(db);
    if (rows[0]?.any) full.push(t);
  }
  return full;
}
