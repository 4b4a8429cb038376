import { didWebDocument, jwks } from '@bacc/credentials';
import {
  type Database,
  findPublicStatusListCredential,
  inSystemScope,
  type Kysely,
  listPublicIssuerKeys,
} from '@bacc/db';
import type { Context, Hono } from 'hono';

export interface CredentialRouteDeps {
  db: Kysely<Database>;
  publicUrl: string;
}

// Public documents of every trust: read in the system scope, like any lookup by address.
const publicKeys = (db: Kysely<Database>) => inSystemScope(db, (trx) => listPublicIssuerKeys(trx));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Wallets and verifiers on other sites fetch these, so any origin may read them. */
function publicResource(c: Context, maxAgeSeconds: number) {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  c.header('Cache-Control', `public, max-age=${maxAgeSeconds}`);
}

/**
 * What a stranger needs to check a Bacc credential without asking anyone: every issuer public
 * key (JWKS, and a did:web document when served over https), and each signed status list.
 */
export function mountCredentialRoutes(app: Hono, { db, publicUrl }: CredentialRouteDeps) {
  app.get('/.well-known/jwks.json', async (c) => {
    publicResource(c, 300);
    return c.json(jwks(await publicKeys(db)));
  });

  app.get('/.well-known/did.json', async (c) => {
    if (!publicUrl.startsWith('https://'))
      return c.json(
        { error: { message: 'did:web is published only when PUBLIC_URL is https; use did:key.' } },
        404,
      );
    publicResource(c, 300);
    return c.json(didWebDocument(publicUrl, await publicKeys(db)));
  });

  // Short-lived caching: a revocation shows within a minute, and a busy results day is spared.
  app.get('/credentials/status/:listId', async (c) => {
    const listId = c.req.param('listId');
    const row = UUID.test(listId)
      ? await inSystemScope(db, (trx) => findPublicStatusListCredential(trx, listId))
      : undefined;
    if (!row)
      return c.json({ error: { message: 'There is no status list at this address.' } }, 404);
    publicResource(c, 60);
    c.header('Last-Modified', new Date(row.updatedAt).toUTCString());
    return c.json(row.credential as object);
  });
}
