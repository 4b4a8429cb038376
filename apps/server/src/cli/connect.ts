import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { connectDatabase, type DatabaseHandle } from '@bacc/db';
import { ownerDatabaseUrl, type ServerConfig } from '../config.ts';

/** Where the command runs on, in words: "PostgreSQL (host/db)" or "the embedded database in DIR". */
export function describeTarget(config: ServerConfig): string {
  const url = ownerDatabaseUrl(config);
  if (url) {
    const u = new URL(url);
    return `PostgreSQL at ${u.host}${u.pathname}`;
  }
  return `the embedded database in ${config.dataDir}`;
}

/**
 * Opens the configured database as it is, as the schema's owner: no migrations, no demo data,
 * nothing created.
 */
export async function openExistingDatabase(config: ServerConfig): Promise<DatabaseHandle> {
  const url = ownerDatabaseUrl(config);
  if (!url && !existsSync(join(config.dataDir, 'PG_VERSION'))) {
    throw new Error(
      `There is no database at ${config.dataDir} (set BACC_DATA_DIR or DATABASE_URL).`,
    );
  }
  return connectDatabase(url ? { url, poolSize: 2 } : { dataDir: config.dataDir });
}

/** Opens the restore target as its owner; an embedded database must be a new or empty folder. */
export async function openRestoreTarget(config: ServerConfig): Promise<DatabaseHandle> {
  const url = ownerDatabaseUrl(config);
  if (!url) {
    if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
      throw new Error(
        `${config.dataDir} already holds a database: restore into a new folder (set BACC_DATA_DIR), then point the server at it.`,
      );
    }
    mkdirSync(config.dataDir, { recursive: true });
  }
  return connectDatabase(url ? { url, poolSize: 2 } : { dataDir: config.dataDir });
}

/** A file named on the command line, relative to where the user typed it (npm changes folder). */
export function fileArgument(usage: string): string {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stdout.write(`${usage}\n`);
    process.exit(args[0] === '--help' || args[0] === '-h' ? 0 : 2);
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  return isAbsolute(args[0]!) ? args[0]! : resolve(base, args[0]!);
}

export function failWith(command: string) {
  return (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${command}: ${message}\n`);
    process.exit(2);
  };
}
