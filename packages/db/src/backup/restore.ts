import { type Kysely, Migrator } from 'kysely';
import type { Database } from '../database.ts';
import { migrateToLatest } from '../migrate.ts';
import { migrations } from '../migrations/index.ts';
import { appliedMigrations, listTables, tablesWithRows } from './catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, readBackupLines } from './format.ts';
import { type LoadOptions, loadBackup } from './load.ts';

export interface RestoreSummary {
  tables: number;
  rows: number;
  rowsByTable: Record<string, number>;
  /** The backup's schema. */
  migrations: string[];
  /** Migrations run after loading, when the backup came from an older schema. */
  migratedAfter: string[];
}

/** A restore that was refused before anything was written: the target is as it was. */
export class RestoreRefused extends Error {}

function readHeader(line: unknown): BackupHeader {
  const h = line as Partial<BackupHeader> | undefined;
  if (!h || h.format !== BACKUP_FORMAT) {
    throw new RestoreRefused(
      'This file is not a Bacc backup (its first line is not a Bacc backup header).',
    );
  }
  if (typeof h.version !== 'number' || h.version > BACKUP_VERSION) {
    throw new RestoreRefused(
      `This backup is in format version ${h.version}, newer than this version of Bacc reads (${BACKUP_VERSION}): restore it with a newer Bacc.`,
    );
  }
  if (!Array.isArray(h.migrations) || h.migrations.length === 0 || !Array.isArray(h.tables)) {
    throw new RestoreRefused('The backup header is damaged: it lists no migrations or no tables.');
  }
  return h as BackupHeader;
}

/** Refuses, with a sentence, any target the backup cannot be restored into unchanged. */
async function checkTarget(db: Kysely<Database>, header: BackupHeader) {
  const known = new Set(Object.keys(migrations));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) {
    throw new RestoreRefused(
      `This backup comes from a newer version of Bacc: its schema has migrations this version does not know (${unknown.join(', ')}). Restore it with that version or newer.`,
    );
  }
  const applied = await appliedMigrations(db);
  const extra = applied.filter((m) => !header.migrations.includes(m));
  if (extra.length) {
    throw new RestoreRefused(
      `This database's schema is newer than the backup's (it has ${extra.join(', ')}). Restore into a new, empty database: the restore brings it to the backup's schema, loads the data, then migrates it to the current one.`,
    );
  }
  const full = await tablesWithRows(
    db,
    (await listTables(db)).map((t) => t.name),
  );
  if (full.length) {
    const named =
      full.slice(0, 5).join(', ') + (full.length > 5 ? ` and ${full.length - 5} more` : '');
    throw new RestoreRefused(
      `The target database is not empty (${named} hold rows). A restore only goes into a new, empty database, so nothing is overwritten.`,
    );
  }
}

/**
 * Restores a backup into an empty database: brings its schema to the backup's migrations, loads
 * every table in one transaction (all or nothing), then runs any newer migrations.
 */
export async function restoreBackup(
  db: Kysely<Database>,
  path: string,
  options: LoadOptions = {},
): Promise<RestoreSummary> {
  const lines = readBackupLines(path);
  try {
    const first = await lines.next();
    const header = readHeader(first.done ? undefined : first.value);
    await checkTarget(db, header);

    const target = [...header.migrations].sort().at(-1)!;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const stepped = await migrator.migrateTo(target);
    if (stepped.error) {
      throw new Error(
        `Could not bring the database to the backup's schema (${target}): ${String(stepped.error)}`,
      );
    }
    const loaded = await db.transaction().execute((tx) => loadBackup(tx, header, lines, options));
    const migratedAfter = await migrateToLatest(db);
    return {
      tables: Object.keys(loaded.rowsByTable).length,
      rows: loaded.rows,
      rowsByTable: loaded.rowsByTable,
      migrations: header.migrations,
      migratedAfter,
    };
  } finally {
    await lines.return(undefined);
  }
}
