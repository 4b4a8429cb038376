import type { Server } from 'node:http';
import type { Logger } from './logger.ts';

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (up to the
 * grace period), then close the database. A second signal exits at once.
 */
export function handleShutdown(
  server: Server,
  closeDatabase: () => Promise<void>,
  logger: Logger,
  graceMs = 10_000,
) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, graceMs);
    force.unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await closeDatabase();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
