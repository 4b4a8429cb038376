import { AppError, checkVerificationCode, createContextInner, type ServerSecrets } from '@bacc/api';
import type { Database, Kysely } from '@bacc/db';
import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import { verificationOpenApi } from '../openapi/verification.ts';
import { clientIp } from './client-ip.ts';

const VERIFY_PREFIX = '/api/v1/verify/';

export interface VerifyApiDeps {
  db: Kysely<Database>;
  /** The server secret: a replaced award's answer derives its successor's code with it. */
  secrets: ServerSecrets;
  publicUrl: string;
  trustProxy: boolean;
}

/**
 * The public REST verification API: the same answer as the page, as JSON, for other systems.
 * Open to every origin for GET (third parties call it from their own pages), never cached.
 */
export function mountVerifyApi(app: Hono, { db, secrets, publicUrl, trustProxy }: VerifyApiDeps) {
  app.use('/api/v1/*', cors({ origin: '*', allowMethods: ['GET'], maxAge: 86_400 }));
  app.use('/api/v1/*', async (c, next) => {
    await next();
    // Another site's page may read these answers; the default same-origin policy would stop it.
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  });

  // Everything after /verify/ is the code, slashes and all, so no code falls through to a
  // different answer: unknown, malformed and empty codes are all simply not found.
  app.get('/api/v1/verify/*', async (c) => {
    c.header('Cache-Control', 'no-store');
    const ctx = createContextInner({
      db,
      secrets,
      publicUrl,
      request: { ip: clientIp(c, trustProxy), userAgent: null },
    });
    try {
      return c.json(await checkVerificationCode(ctx, codeParam(new URL(c.req.url).pathname)));
    } catch (error) {
      if (error instanceof AppError && error.kind === 'throttled') {
        const seconds = Number(error.details?.retryAfterSeconds ?? 60);
        c.header('Retry-After', String(seconds));
        return c.json({ error: { message: error.message } }, 429);
      }
      throw error;
    }
  });

  const document = verificationOpenApi(publicUrl);
  app.get('/api/v1/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(document);
  });

  app.all('/api/v1/*', (c) =>
    c.json({ error: { message: 'There is no such API address. See /api/v1/openapi.json.' } }, 404),
  );
}

/**
 * The raw last path segment, decoded when it can be: a broken escape is just another code that
 * matches nothing, answered like every other unknown code.
 */
function codeParam(path: string): string {
  const raw = path.slice(VERIFY_PREFIX.length).slice(0, 200);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
