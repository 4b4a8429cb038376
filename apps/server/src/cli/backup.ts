import { existsSync, statSync } from 'node:fs';
import { writeBackup } from '@bacc/db';
import { loadConfig } from '../config.ts';
import { describeTarget, failWith, fileArgument, openExistingDatabase } from './connect.ts';

const usage = `Backs up the whole database to one file (gzip'ed NDJSON, restorable into PGlite or PostgreSQL).

  npm run backup -- backups/bacc-2026-11-22.bacc.gz

Uses DATABASE_URL or BACC_DATA_DIR like the server. On PostgreSQL the backup is one consistent
snapshot while the server keeps running; stop the server first for the embedded database.`;

async function main() {
  const file = fileArgument(usage);
  if (existsSync(file)) throw new Error(`${file} already exists: choose a new file name.`);
  const config = loadConfig();
  const database = await openExistingDatabase(config);
  try {
    const started = performance.now();
    const summary = await writeBackup(database.db, file, {
      kind: database.kind,
      onTable: (table, rows) => process.stderr.write(`  ${table}: ${rows} rows\n`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const size = (statSync(file).size / 1024 / 1024).toFixed(2);
    process.stdout.write(
      `Backed up ${summary.tables} tables, ${summary.rows} rows of ${describeTarget(config)} to ${file} (${size} MB, ${seconds} s).\n`,
    );
  } finally {
    await database.close();
  }
}

main().catch(failWith('backup'));
