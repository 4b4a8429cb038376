import { sql, type Transaction } from 'kysely';
import type { Database } from '../database.ts';
import {
  listForeignKeys,
  listTables,
  quoteIdent,
  type TableShape,
  tablesWithRows,
} from './catalog.ts';
import type { BackupHeader, BackupTrailer, TableEnd, TableStart } from './format.ts';
import { TEXT_FORM_SETTINGS } from './format.ts';

export interface LoadOptions {
  batchRows?: number;
  batchBytes?: number;
  onTable?: (table: string, rows: number) => void;
}

export interface LoadResult {
  rowsByTable: Record<string, number>;
  rows: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** User triggers and their enabled state ('O' origin, 'A' always, 'R' replica, 'D' disabled). */
async function userTriggers(tx: Transaction<Database>) {
  const { rows } = await sql<{ table: string; name: string; enabled: string }>`
    select c.relname as table, t.tgname as name, t.tgenabled as enabled
    from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where not t.tgisinternal and c.relnamespace = current_schema()::regnamespace`.execute(tx);
  return rows;
}

const ENABLE: Record<string, string> = { O: 'enable', A: 'enable always', R: 'enable replica' };

/**
 * Loads the backup's table sections into the (empty, same-schema) database inside the caller's
 * transaction. Foreign keys are dropped and re-added around the load, so rows may arrive in any
 * order (self-references, cycles) and are still checked in full when the keys return; user
 * triggers are switched off so stored values (the audit chain's ids and hashes) are kept as they
 * are, then switched back to exactly their previous state. Both need only table ownership, which
 * the role that migrated the database has: no superuser, the same on PGlite and PostgreSQL.
 */
export async function loadBackup(
  tx: Transaction<Database>,
  header: BackupHeader,
  lines: AsyncIterator<unknown>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  for (const s of TEXT_FORM_SETTINGS) await sql.raw(s).execute(tx);
  const shapes = new Map((await listTables(tx)).map((t) => [t.name, t]));
  for (const t of header.tables) {
    const shape = shapes.get(t.name);
    if (!shape) throw new Error(`The backup has a table this database lacks: ${t.name}.`);
    const missing = t.columns.filter((c) => !shape.columns.includes(c));
    if (missing.length) {
      throw new Error(
        `Table ${t.name} in this database lacks the backup's columns ${missing.join(', ')}.`,
      );
    }
  }

  const keys = await listForeignKeys(tx);
  const triggers = await userTriggers(tx);
  for (const k of keys) {
    await sql
      .raw(`alter table ${quoteIdent(k.table)} drop constraint ${quoteIdent(k.name)}`)
      .execute(tx);
  }
  for (const t of triggers) {
    await sql
      .raw(`alter table ${quoteIdent(t.table)} disable trigger ${quoteIdent(t.name)}`)
      .execute(tx);
  }
  // Rows the migrations themselves wrote (reference data) give way to the backup's own copy.
  for (const t of await tablesWithRows(tx, [...shapes.keys()])) {
    await sql.raw(`delete from ${quoteIdent(t)}`).execute(tx);
  }

  const result = await loadSections(tx, header, shapes, lines, options);

  for (const k of keys) {
    await sql
      .raw(
        `alter table ${quoteIdent(k.table)} add constraint ${quoteIdent(k.name)} ${k.definition}`,
      )
      .execute(tx)
      .catch((e: Error) => {
        throw new Error(
          `The restored rows break the reference ${k.name} on ${k.table}: ${e.message}`,
        );
      });
  }
  for (const t of triggers) {
    const verb = ENABLE[t.enabled];
    if (verb) {
      await sql
        .raw(`alter table ${quoteIdent(t.table)} ${verb} trigger ${quoteIdent(t.name)}`)
        .execute(tx);
    }
  }
  return result;
}

async function loadSections(
  tx: Transaction<Database>,
  header: BackupHeader,
  shapes: Map<string, TableShape>,
  lines: AsyncIterator<unknown>,
  options: LoadOptions,
): Promise<LoadResult> {
  const maxRows = options.batchRows ?? 1_000;
  const maxBytes = options.batchBytes ?? 2_000_000;
  const expected = new Set(header.tables.map((t) => t.name));
  const rowsByTable: Record<string, number> = {};
  let total = 0;
  let current: { start: TableStart; insert: string; count: number } | null = null;
  let batch: unknown[][] = [];
  let bytes = 0;

  const flush = async () => {
    if (!current || batch.length === 0) return;
    const json = JSON.stringify(batch);
    batch = [];
    bytes = 0;
    const table = current.start.table;
    await sql`${sql.raw(current.insert)} from json_array_elements(${json}::json) as r`
      .execute(tx)
      .catch((e: Error) => {
        throw new Error(`Restoring table ${table} failed: ${e.message}`);
      });
  };

  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (Array.isArray(line)) {
      if (!current) throw new Error('The backup is damaged: a row appears outside any table.');
      if (line.length !== current.start.columns.length) {
        throw new Error(
          `The backup is damaged: a row of ${current.start.table} has ${line.length} values, not ${current.start.columns.length}.`,
        );
      }
      batch.push(line);
      bytes += line.reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 4), 0);
      current.count++;
      if (batch.length >= maxRows || bytes >= maxBytes) await flush();
    } else if (isObject(line) && typeof line.table === 'string') {
      const start = line as unknown as TableStart;
      if (current)
        throw new Error(`The backup is damaged: table ${current.start.table} never ends.`);
      if (!expected.has(start.table)) {
        throw new Error(`The backup is damaged: table ${start.table} is not in its header.`);
      }
      expected.delete(start.table);
      const shape = shapes.get(start.table)!;
      const unknown = start.columns.filter((c) => !shape.columns.includes(c));
      if (unknown.length) {
        throw new Error(
          `Table ${start.table} in this database lacks the backup's columns ${unknown.join(', ')}.`,
        );
      }
      const casts = start.columns.map((c, i) => {
        const type = shape.types[shape.columns.indexOf(c)];
        return `(r->>${i})::${type}`;
      });
      const insert = `insert into ${quoteIdent(start.table)} (${start.columns.map(quoteIdent).join(', ')})${
        shape.identityAlways ? ' overriding system value' : ''
      } select ${casts.join(', ')}`;
      current = { start, insert, count: 0 };
    } else if (isObject(line) && typeof line.end === 'string') {
      const end = line as unknown as TableEnd;
      if (!current || current.start.table !== end.end) {
        throw new Error(`The backup is damaged: table ${end.end} ends without starting.`);
      }
      await flush();
      if (end.rows !== current.count) {
        throw new Error(
          `The backup is damaged: table ${end.end} should have ${end.rows} rows but has ${current.count}.`,
        );
      }
      rowsByTable[end.end] = current.count;
      total += current.count;
      options.onTable?.(end.end, current.count);
      current = null;
    } else if (isObject(line) && line.complete === true) {
      const trailer = line as unknown as BackupTrailer;
      if (current || expected.size > 0 || trailer.rows !== total) {
        throw new Error(
          'The backup is damaged: its last line does not match the tables before it.',
        );
      }
      await restoreSequences(tx, trailer);
      return { rowsByTable, rows: total };
    } else {
      throw new Error('The backup is damaged: a line is neither a row nor a table marker.');
    }
  }
  throw new Error(
    'The backup is incomplete: it ends before its last line (was it cut short while being written or copied?).',
  );
}

async function restoreSequences(tx: Transaction<Database>, trailer: BackupTrailer) {
  const { rows } = await sql<{ name: string }>`
    select sequencename as name from pg_sequences where schemaname = current_schema()`.execute(tx);
  const present = new Set(rows.map((r) => r.name));
  for (const s of trailer.sequences) {
    if (s.value === null || !present.has(s.name)) continue;
    await sql`select setval(${quoteIdent(s.name)}::regclass, ${s.value}::bigint, true)`.execute(tx);
  }
}
