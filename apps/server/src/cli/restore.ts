import { restoreBackup, verifyAuditChain } from '@bacc/db';
import { loadConfig } from '../config.ts';
import { describeTarget, failWith, fileArgument, openRestoreTarget } from './connect.ts';

const usage = `Restores a backup into a new, empty database (PGlite or PostgreSQL, whichever it came from).

  BACC_DATA_DIR=./.data-restored npm run restore -- backups/bacc-2026-11-22.bacc.gz
  DATABASE_URL=postgres://.../bacc_new npm run restore -- backups/bacc-2026-11-22.bacc.gz

Everything loads in one transaction: on any error nothing is kept. A database that already holds
rows, or whose schema is newer than the backup's, is refused. The audit chain is verified after.`;

async function main() {
  const file = fileArgument(usage);
  const config = loadConfig();
  const database = await openRestoreTarget(config);
  try {
    const started = performance.now();
    const summary = await restoreBackup(database.db, file, {
      onTable: (table, rows) => process.stderr.write(`  ${table}: ${rows} rows\n`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Restored ${summary.tables} tables, ${summary.rows} rows into ${describeTarget(config)} (${seconds} s).\n`,
    );
    if (summary.migratedAfter.length) {
      process.stdout.write(
        `Then migrated to the current schema: ${summary.migratedAfter.join(', ')}.\n`,
      );
    }
    const verdict = await verifyAuditChain(database.db);
    if (verdict.ok) {
      process.stdout.write(
        `OK: the audit log verifies (${verdict.count} ${verdict.count === 1 ? 'entry' : 'entries'}).\n`,
      );
    } else {
      process.stdout.write(
        `BROKEN: audit entry ${verdict.brokenAt} does not verify: ${verdict.reason}. The backup's source was already tampered with.\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch(failWith('restore'));
