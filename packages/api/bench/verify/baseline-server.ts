import { connectDatabase } from '@bacc/db';
import { normaliseVerificationCode } from '@bacc/schema';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createContextInner } from '../../src/context.ts';
import { hashVerificationCode } from '../../src/services/verification.ts';
import { findAwardByCodeHash } from '../../src/services/verification-lookup.ts';

// The verification benchmark's baseline, in its own process as the real server is: a bare Hono
// handler that parses the code and runs the same award query. No middleware, no rate limit, no
// audit record. Reads DATABASE_URL (else PGlite in BACC_DATA_DIR), PORT and BACC_SECRET_KEY.

const handle = await connectDatabase(
  process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL }
    : { dataDir: process.env.BACC_DATA_DIR },
);
const ctx = createContextInner({
  db: handle.db,
  secrets: { key: new Uint8Array(Buffer.from(process.env.BACC_SECRET_KEY ?? '', 'base64')) },
});
const app = new Hono();
app.get('/readyz', (c) => c.json({ status: 'ok' }));
app.get('/baseline/:code', async (c) => {
  const normalised = normaliseVerificationCode(c.req.param('code'));
  const found = normalised
    ? await findAwardByCodeHash(ctx, hashVerificationCode(normalised))
    : null;
  return c.json(found ? found.answer : { status: 'not_found' });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
process.on('SIGTERM', () => void handle.close().finally(() => process.exit(0)));
