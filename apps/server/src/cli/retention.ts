import { parseArgs } from 'node:util';
import { loadConfig, loadServerSecrets } from '../config.ts';
import { openDatabase } from '../database.ts';
import { retentionUsage, runRetentionCommand } from './retention-command.ts';

async function main() {
  const { values } = parseArgs({
    options: {
      apply: { type: 'boolean' },
      trust: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${retentionUsage}\n`);
    return;
  }
  const config = loadConfig();
  const secrets = { key: loadServerSecrets(config).key };
  const database = await openDatabase(config);
  try {
    const lines = await runRetentionCommand(values, {
      db: database.db,
      secrets,
      publicUrl: config.publicUrl,
      progress: (line) => process.stderr.write(`\r${line}`),
    });
    process.stdout.write(`\n${lines.join('\n')}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`retention: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
