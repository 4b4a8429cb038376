import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { DatabaseKind } from '../connect.ts';
import type { Database } from '../database.ts';
import {
  appliedMigrations,
  listForeignKeys,
  listSequences,
  listTables,
  quoteIdent,
  referenceOrder,
} from './catalog.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTrailer,
  TEXT_FORM_SETTINGS,
} from './format.ts';

export interface BackupSummary {
  tables: number;
  rows: number;
  rowsByTable: Record<string, number>;
  migrations: string[];
}

export interface BackupOptions {
  kind: DatabaseKind;
  /** Rows fetched from the cursor at a time; memory stays flat however big a table is. */
  batchSize?: number;
  onTable?: (table: string, rows: number) => void;
}

/**
 * Writes every table of the database to `path` as one consistent snapshot (a read-only
 * REPEATABLE READ transaction), streaming each table through a cursor. The file appears only
 * once complete: it is written beside the target and renamed at the end.
 */
export async function writeBackup(
  db: Kysely<Database>,
  path: string,
  options: BackupOptions,
): Promise<BackupSummary> {
  const partial = `${path}.partial`;
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const writeText = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  const write = (value: unknown) => writeText(`${JSON.stringify(value)}\n`);
  try {
    const summary = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        await sql`set transaction read only`.execute(tx);
        for (const s of TEXT_FORM_SETTINGS) await sql.raw(s).execute(tx);
        const tables = await listTables(tx);
        const byName = new Map(tables.map((t) => [t.name, t]));
        const order = referenceOrder([...byName.keys()], await listForeignKeys(tx));
        const version = await sql<{ v: string }>`select version() as v`.execute(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          source: { kind: options.kind, serverVersion: version.rows[0]?.v ?? 'unknown' },
          migrations: await appliedMigrations(tx),
          tables: order.map((n) => ({ name: n, columns: byName.get(n)!.columns })),
        };
        await write(header);

        const batch = options.batchSize ?? 1_000;
        const rowsByTable: Record<string, number> = {};
        let total = 0;
        for (const name of order) {
          const t = byName.get(name)!;
          await write({ table: name, columns: t.columns, types: t.types });
          // Positional aliases: a row object's key order must not depend on the column names.
          const list = t.columns.map((c, i) => `${quoteIdent(c)}::text as c${i}`).join(', ');
          const sortBy = t.key.length ? ` order by ${t.key.map(quoteIdent).join(', ')}` : '';
          await sql
            .raw(`declare bacc_backup no scroll cursor for
              select ${list} from ${quoteIdent(name)}${sortBy}`)
            .execute(tx);
          const keys = t.columns.map((_, i) => `c${i}`);
          let count = 0;
          for (;;) {
            const { rows } = await sql
              .raw<Record<string, string | null>>(`fetch forward ${batch} from bacc_backup`)
              .execute(tx);
            let text = '';
            for (const row of rows) text += `${JSON.stringify(keys.map((k) => row[k] ?? null))}\n`;
            if (text) await writeText(text);
            count += rows.length;
            if (rows.length < batch) break;
          }
          await sql`close bacc_backup`.execute(tx);
          await write({ end: name, rows: count });
          rowsByTable[name] = count;
          total += count;
          options.onTable?.(name, count);
        }
        // Sequences are not transactional: read last, each is at least the highest id above.
        const trailer: BackupTrailer = {
          sequences: await listSequences(tx),
          tables: order.length,
          rows: total,
          complete: true,
        };
        await write(trailer);
        return { tables: order.length, rows: total, rowsByTable, migrations: header.migrations };
      });
    gzip.end();
    await finished(out);
    await rename(partial, path);
    return summary;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
