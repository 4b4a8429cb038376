import { verifyAuditChain } from '@bacc/db';
import { loadConfig } from '../config.ts';
import { describeTarget, failWith, openExistingDatabase } from './connect.ts';

// Exit codes: 0 the chain holds, 1 it is broken (printed: the first entry that does not fit and
// why), 2 the check could not run.
const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

async function main() {
  const config = loadConfig();
  const database = await openExistingDatabase(config);
  try {
    const started = performance.now();
    const verdict = await verifyAuditChain(database.db, {
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
          (verdict.lastId ? `Newest entry ${verdict.lastId}, hash ${verdict.lastHash}\n` : ''),
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
