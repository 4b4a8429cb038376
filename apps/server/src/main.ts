import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './database.ts';
import { ensureDemoData } from './demo.ts';
import { createLogger } from './logger.ts';
import { handleShutdown } from './shutdown.ts';
import { printWelcome } from './welcome.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  const demo = config.seedDemo ? await ensureDemoData(database.db, logger) : null;
  const app = createApp({ database, config, logger });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    printWelcome(config, database.kind, demo);
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
  handleShutdown(server, () => database.close(), logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
