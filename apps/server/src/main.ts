import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig, loadServerSecrets } from './config.ts';
import { openDatabase } from './database.ts';
import { ensureDemoData, findDemoAwardCode } from './demo.ts';
import { createLogger } from './logger.ts';
import { handleShutdown, type ShutdownState } from './shutdown.ts';
import { printWelcome } from './welcome.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const secret = loadServerSecrets(config);
  if (secret.source === 'new file')
    logger.warn(
      { path: secret.path },
      'made a new server secret: back it up with the data; issuer keys and award codes depend on it',
    );
  const secrets = { key: secret.key };
  const database = await openDatabase(config);
  const issuance = { secrets, publicUrl: config.publicUrl };
  const demo = config.seedDemo ? await ensureDemoData(database.db, logger, issuance) : null;
  const demoCode = demo ? await findDemoAwardCode(database.db, secrets) : null;
  let shutdown: ShutdownState | undefined;
  const app = createApp({
    database,
    config,
    logger,
    secrets,
    isDraining: () => shutdown?.draining ?? false,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    printWelcome(config, database.kind, demo, demoCode);
  }) as Server;
  server.on('error', async (error: NodeJS.ErrnoException) => {
    process.stderr.write(
      error.code === 'EADDRINUSE'
        ? `\nBacc cannot start: port ${config.port} is in use. Set PORT to another port.\n`
        : `\nBacc cannot start: ${error.message}\n`,
    );
    await database.close();
    process.exit(1);
  });
  shutdown = handleShutdown(server, () => database.close(), logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
