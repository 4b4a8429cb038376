import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AppError,
  checkVerificationCode,
  createContextInner,
  type ServerSecrets,
  type VerificationAnswer,
} from '@bacc/api';
import type { Database, Kysely } from '@bacc/db';
import type { Context, Hono, Next } from 'hono';
import { clientIp } from './client-ip.ts';

type PageState =
  | { kind: 'idle' }
  | { kind: 'answered'; code: string; result: VerificationAnswer; byUser: false }
  | { kind: 'failed'; code: string; message: string };

/** What apps/verify builds into dist-ssr/ssr.js (see apps/verify/src/ssr.tsx). */
interface VerifyRenderer {
  INITIAL_STATE_ID: string;
  codeToLookUp(pathname: string, search: string): string | null;
  renderVerifyPage(
    pathname: string,
    search: string,
    state: PageState,
  ): { html: string; state: string };
}

export interface VerifyPageDeps {
  db: Kysely<Database>;
  /** The server secret: a replaced award's answer derives its successor's code with it. */
  secrets: ServerSecrets;
  publicUrl: string;
  /** The built verification app (its index.html); the renderer is in ../dist-ssr/ssr.js. */
  root: string;
  trustProxy: boolean;
}

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Renders the verification page on the server, answer included, so a QR link is readable with
 * JavaScript off and the page does not shift when it arrives; the page then takes over. Until
 * the app is built with its renderer, the plain single-page app is served instead.
 */
export function mountVerifyPage(
  app: Hono,
  { db, secrets, publicUrl, root, trustProxy }: VerifyPageDeps,
) {
  const indexPath = join(root, 'index.html');
  const rendererPath = join(root, '..', 'dist-ssr', 'ssr.js');
  let renderer: Promise<VerifyRenderer | null> | null = null;
  const loadRenderer = () => {
    if (!existsSync(rendererPath) || !existsSync(indexPath)) return null;
    // A renderer that cannot be loaded leaves the page to the browser, as before it was built.
    renderer ??= (import(pathToFileURL(rendererPath).href) as Promise<VerifyRenderer>).catch(
      () => null,
    );
    return renderer;
  };

  const render = async (c: Context, next: Next) => {
    const ssr = await loadRenderer();
    if (!ssr) return next();
    const url = new URL(c.req.url);
    const code = ssr.codeToLookUp(url.pathname, url.search);
    let state: PageState = { kind: 'idle' };
    let status: 200 | 429 = 200;
    if (code) {
      const ctx = createContextInner({
        db,
        secrets,
        publicUrl,
        request: { ip: clientIp(c, trustProxy), userAgent: null },
      });
      try {
        const result = await checkVerificationCode(ctx, code);
        state = { kind: 'answered', code, result, byUser: false };
      } catch (error) {
        if (!(error instanceof AppError && error.kind === 'throttled')) throw error;
        status = 429;
        c.header('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
        state = { kind: 'failed', code, message: error.message };
      }
    }
    const page = ssr.renderVerifyPage(url.pathname, url.search, state);
    const template = readFileSync(indexPath, 'utf8');
    if (!template.includes(EMPTY_ROOT)) return next();
    // A function, not a string, so "$&" in a learner's name is not read as a pattern.
    const html = template.replace(
      EMPTY_ROOT,
      () =>
        `<div id="root">${page.html}</div>` +
        `<script type="application/json" id="${ssr.INITIAL_STATE_ID}">${page.state}</script>`,
    );
    // An award can be revoked at any moment: never keep an answer.
    c.header('Cache-Control', 'no-store');
    return c.html(html, status);
  };
  app.get('/', render);
  app.get('/v/*', render);
}
