import { parseArgs } from 'node:util';
import { loadConfig, loadServerSecrets } from '../config.ts';
import { openDatabase } from '../database.ts';
import { keysUsage, runKeysCommand } from './keys-command.ts';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { trust: { type: 'string' }, help: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(`${keysUsage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const secrets = { key: loadServerSecrets(config).key };
  const database = await openDatabase(config);
  try {
    const lines = await runKeysCommand(
      command,
      { trust: values.trust },
      { db: database.db, secrets },
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`keys: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
