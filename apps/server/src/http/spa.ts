import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export interface SpaMount {
  /** URL prefix without trailing slash; '' for the root app. */
  prefix: string;
  /** The built app's folder (contains index.html). */
  root: string;
  name: string;
}

/**
 * Serves a built single-page app: files as they are (hashed assets cached for a year), and
 * index.html for any other path under the prefix so client-side routes survive a reload.
 */
export function mountSpa(app: Hono, mount: SpaMount) {
  const indexPath = join(mount.root, 'index.html');
  const pattern = mount.prefix ? `${mount.prefix}/*` : '/*';
  if (mount.prefix) app.get(mount.prefix, (c) => c.redirect(`${mount.prefix}/`, 301));
  app.use(pattern, async (c, next) => {
    await next();
    // Vite names assets by content hash, so they never change; everything else is revalidated.
    const immutable = c.req.path.startsWith(`${mount.prefix}/assets/`);
    if (c.res.ok)
      c.res.headers.set(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
  });
  app.use(
    pattern,
    serveStatic({
      root: mount.root,
      rewriteRequestPath: (path) => normalize(path.slice(mount.prefix.length) || '/'),
    }),
  );
  app.get(pattern, (c) => {
    if (!existsSync(indexPath)) {
      return c.text(`The ${mount.name} app is not built yet: run "npm run build" first.`, 503);
    }
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
