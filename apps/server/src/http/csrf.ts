import type { MiddlewareHandler } from 'hono';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * tRPC would accept a form-encodable POST, which a hostile page can send with the user's cookie.
 * State-changing requests must therefore be JSON (a cross-site page cannot send that without a
 * CORS preflight we never grant) and, when the browser says where they came from, same-origin.
 */
export function csrfGuard(allowedOrigins: (requestOrigin: string) => string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = allowedOrigins(new URL(c.req.url).origin);
    const refused =
      type !== 'application/json' ||
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && !own.includes(origin));
    if (refused) {
      return c.json(
        {
          error: {
            message: 'This request was refused: it did not come from a Bacc page.',
            code: 'FORBIDDEN',
          },
        },
        403,
      );
    }
    return next();
  };
}
