import { parseArgs } from 'node:util';
import { verifyAuditChain } from '@bacc/db';
import { loadConfig } from '../config.ts';
import { describeTarget, failWith, openExistingDatabase } from './connect.ts';

// Exit codes: 0 the chain holds, 1 it is broken (printed: the first entry that does not fit and
// why), 2 the check could not run.
const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

const usage = `Verifies the audit log's hash chain, entry by entry.

  npm run audit:verify
  npm run audit:verify -- --expect 1234:9f86d081884c7d65...   (an id and hash you kept earlier)

Uses DATABASE_URL or BACC_DATA_DIR like the server. Exit code 0: the chain holds; 1: it is
broken (the first entry that does not fit is named, and why); 2: the check could not run.`;

/** --expect ID:HASH, as printed by an earlier run. */
function expectedEntry(value: string | undefined) {
  if (value === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (!match) {
    throw new Error(
      '--expect takes ID:HASH, the newest entry id and its 64-character hash from an earlier run.',
    );
  }
  return { id: match[1]!, hash: match[2]! };
}

async function main() {
  const { values } = parseArgs({
    options: { expect: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const expect = expectedEntry(values.expect);
  const config = loadConfig();
  const database = await openExistingDatabase(config);
  try {
    const started = performance.now();
    const verdict = await verifyAuditChain(database.db, {
      ...(expect ? { expect } : {}),
      onProgress: (n) => {
        if (process.stderr.isTTY)
          process.stderr.write(`\r${n.toLocaleString('en-GB')} entries checked`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (verdict.ok) {
      process.stdout.write(
        `OK: the audit log of ${describeTarget(config)} holds ${entries(verdict.count)}, each chained to the one before (${seconds} s).\n` +
          (verdict.lastId ? `Newest entry ${verdict.lastId}:${verdict.lastHash}\n` : ''),
      );
      return;
    }
    process.stdout.write(
      `BROKEN: audit entry ${verdict.brokenAt} does not verify: ${verdict.reason}.\n` +
        `The ${entries(verdict.count)} before it verified.\n`,
    );
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch(failWith('audit:verify'));
