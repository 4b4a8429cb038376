import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Logger } from './logger.ts';

/** Whether a SIGTERM/SIGINT has begun the shutdown; /readyz reports it so balancers move on. */
export interface ShutdownState {
  readonly draining: boolean;
}

/**
 * On SIGTERM/SIGINT: say "not ready" on /readyz and keep serving for `drainMs` (a balancer
 * polling it stops sending new requests here, and connections already queued by the kernel are
 * accepted rather than reset), then stop listening, let every accepted request finish (up to the
 * grace period), and close the database. A second signal exits at once.
 *
 * http.Server#close would also destroy "idle" connections at once, and a connection counts as
 * idle until its request has been parsed: a request already sent but not yet read would be reset.
 * So only the listening socket is closed; each connection then ends after its current request
 * (answers carry Connection: close), or at the keep-alive timeout if it sends nothing more.
 */
export function handleShutdown(
  server: Server,
  closeDatabase: () => Promise<void>,
  logger: Logger,
  { drainMs = 1_500, graceMs = 10_000 } = {},
): ShutdownState {
  const state = { draining: false };
  const stop = async (signal: string) => {
    if (state.draining) process.exit(1);
    state.draining = true;
    logger.info({ signal }, 'shutting down: draining requests');
    server.on('request', (_req, res) => res.setHeader('Connection', 'close'));
    await new Promise((resolve) => setTimeout(resolve, drainMs));
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, graceMs);
    force.unref();
    await new Promise<void>((resolve) => {
      NetServer.prototype.close.call(server, () => resolve());
    });
    await closeDatabase();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return state;
}
