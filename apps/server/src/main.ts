import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig, loadServerSecrets } from './config.ts';
import { openDatabase, openRequestDatabase } from './database.ts';
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
  // Start-up work runs as the schema's owner; requests only ever as bacc_app.
  const owner = await openDatabase(config);
  const issuance = { secrets, publicUrl: config.publicUrl };
  const demo = config.seedDemo ? await ensureDemoData(owner.db, logger, issuance) : null;
  const demoCode = demo ? await findDemoAwardCode(owner.db, secrets) : null;
  const requests = await openRequestDatabase(config, owner, logger);
  const database = requests.handle;
  logger.info(
    { login: requests.standing.login, role: requests.standing.role, how: requests.how },
    'requests work under row-level security',
  );
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
