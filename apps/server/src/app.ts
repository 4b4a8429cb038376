import { fileURLToPath } from 'node:url';
import {
  appRouter,
  createContextInner,
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  type ServerSecrets,
} from '@bacc/api';
import type { DatabaseHandle } from '@bacc/db';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { loadServerSecrets, type ServerConfig } from './config.ts';
import { mountCertificateRoutes } from './http/certificate-routes.ts';
import { clientIp } from './http/client-ip.ts';
import { mountCredentialRoutes } from './http/credential-routes.ts';
import { csrfGuard } from './http/csrf.ts';
import { requestLog } from './http/request-log.ts';
import { retryAfterMeta } from './http/retry-after.ts';
import { securityHeaders } from './http/security-headers.ts';
import { readCookie, sessionCookieJar, sessionCookieName } from './http/session-cookie.ts';
import { mountSpa } from './http/spa.ts';
import { mountVerifyApi } from './http/verify-api.ts';
import { mountVerifyPage } from './http/verify-page.ts';
import type { Logger } from './logger.ts';

/** Largest request body /trpc accepts. */
export const TRPC_MAX_BODY_BYTES = 8 * 1024 * 1024;

const appsDir = fileURLToPath(new URL('../../', import.meta.url));

export interface AppDeps {
  database: DatabaseHandle;
  config: ServerConfig;
  logger: Logger;
  /** Where the built front ends live; defaults to the sibling apps' dist folders. */
  webRoots?: { admin: string; portal: string; verify: string };
  /** The server secret; read from BACC_SECRET_KEY or the data folder when not given. */
  secrets?: ServerSecrets;
  /** True once shutdown has begun: /readyz then says unavailable so balancers stop routing here. */
  isDraining?: () => boolean;
}

export function createApp({ database, config, logger, webRoots, ...deps }: AppDeps) {
  const app = new Hono();
  const secrets = deps.secrets ?? { key: loadServerSecrets(config).key };
  const roots = webRoots ?? {
    admin: `${appsDir}admin/dist`,
    portal: `${appsDir}portal/dist`,
    verify: `${appsDir}verify/dist`,
  };
  const publicOrigin = new URL(config.publicUrl).origin;

  app.use('*', requestLog(logger));
  app.use('*', securityHeaders());
  app.use('*', compress());

  app.get('/livez', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (deps.isDraining?.()) return c.json({ status: 'stopping', database: database.kind }, 503);
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
      ]);
      return c.json({ status: 'ok', database: database.kind });
    } catch {
      return c.json({ status: 'unavailable', database: database.kind }, 503);
    }
  });

  app.use(
    '/trpc/*',
    csrfGuard((requestOrigin) => [publicOrigin, requestOrigin]),
  );
  // The largest call is an import chunk (at most 2,000 rows, ~2 MB of cells, see the portal's
  // runImport); 8 MB leaves room for JSON and superjson overhead and refuses anything bigger.
  app.use(
    '/trpc/*',
    bodyLimit({
      maxSize: TRPC_MAX_BODY_BYTES,
      onError: (c) =>
        c.json({ error: { message: 'That request is too large. Send less at a time.' } }, 413),
    }),
  );
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: async (opts, c) => {
        const token = readCookie(c.req.header('cookie'), sessionCookieName(config.secure));
        return createContextInner({
          db: database.db,
          auth: config.auth,
          now: () => new Date(),
          secrets,
          publicUrl: config.publicUrl,
          sessionToken: token,
          cookies: sessionCookieJar(opts.resHeaders, config.secure),
          request: {
            ip: clientIp(c, config.trustProxy),
            userAgent: c.req.header('user-agent') ?? null,
          },
        }) as unknown as Record<string, unknown>;
      },
      responseMeta: retryAfterMeta,
      onError: ({ error, path }) => {
        if (error.code === 'SERVICE_UNAVAILABLE')
          logger.warn({ err: error.cause ?? error, path }, 'database unavailable');
        if (error.code === 'INTERNAL_SERVER_ERROR')
          logger.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    }),
  );

  mountVerifyApi(app, {
    db: database.db,
    secrets,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  });
  mountVerifyPage(app, {
    db: database.db,
    secrets,
    publicUrl: config.publicUrl,
    root: roots.verify,
    trustProxy: config.trustProxy,
  });
  mountCertificateRoutes(app, { db: database.db, config, logger, secrets });
  mountCredentialRoutes(app, { db: database.db, publicUrl: config.publicUrl });
  mountSpa(app, { prefix: '/admin', root: roots.admin, name: 'admin' });
  mountSpa(app, { prefix: '/portal', root: roots.portal, name: 'portal' });
  mountSpa(app, { prefix: '', root: roots.verify, name: 'verification' });

  app.onError((err, c) => {
    if (isDatabaseUnavailable(err)) {
      logger.warn({ err, path: c.req.path }, 'database unavailable');
      c.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return c.json({ error: { message: DATABASE_UNAVAILABLE_MESSAGE } }, 503);
    }
    logger.error({ err, path: c.req.path }, 'unhandled error');
    return c.json(
      { error: { message: 'Something went wrong on our side. Please try again.' } },
      500,
    );
  });
  return app;
}
