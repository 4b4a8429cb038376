import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSecrets } from '@bacc/api';
import { createTenantWithUsers, createTestAward } from '@bacc/api/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import { Hono } from 'hono';
import { beforeAll, expect, it } from 'vitest';
import { mountVerifyPage } from './verify-page.ts';

const ORIGIN = 'http://localhost:3000';

/**
 * A built verification app with a stand-in renderer (the real one is apps/verify/src/ssr.tsx,
 * tested there and by the no-JavaScript journey): it shows what it was asked to render.
 */
function fakeBuiltApp(renderer = FAKE_RENDERER) {
  const dir = mkdtempSync(join(tmpdir(), 'bacc-verify-'));
  const root = join(dir, 'dist');
  mkdirSync(root);
  mkdirSync(join(dir, 'dist-ssr'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>verify</title><body><div id="root"></div><script src="/a.js"></script>',
  );
  writeFileSync(join(dir, 'dist-ssr', 'ssr.js'), renderer);
  return root;
}

const FAKE_RENDERER = `export const INITIAL_STATE_ID = 'verify-state';
export function codeToLookUp(pathname, search) {
  const m = /^\\/v\\/([0-9A-Z-]{19})$/.exec(pathname) ?? /code=([0-9A-Z-]{19})/.exec(search);
  return m ? m[1] : null;
}
export function renderVerifyPage(pathname, search, state) {
  return { html: '<p>rendered ' + state.kind + ' $& $1</p>', state: JSON.stringify(state).replace(/</g, '\\\\u003c') };
}`;

describeEachDatabase('the server-rendered verification page', (suite) => {
  let app: Hono;
  let t: Awaited<ReturnType<typeof createTenantWithUsers>>;
  beforeAll(async () => {
    app = new Hono();
    mountVerifyPage(app, {
      db: suite.handle.db,
      secrets: testSecrets,
      publicUrl: ORIGIN,
      root: fakeBuiltApp(),
      trustProxy: true,
    });
    app.get('*', (c) => c.text('spa fallback'));
    t = await createTenantWithUsers(suite.handle.db);
  });
  const stateIn = (html: string) =>
    JSON.parse(
      /<script type="application\/json" id="verify-state">(.*?)<\/script>/.exec(html)![1]!,
    );
  const lookups = (awardId: string) =>
    suite.handle.db
      .selectFrom('audit_events')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('entity_id', '=', awardId)
      .where('action', '=', 'award.verified')
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));

  it('renders a QR link’s answer inside the root, with the state the page takes over from', async () => {
    const award = await createTestAward(
      suite.handle.db,
      {
        trustId: t.trust.id,
        centreId: t.centreA.id,
      },
      { learnerName: '</script><script>alert(1)</script>' },
    );
    const res = await app.request(`${ORIGIN}/v/${award.code}`, {
      headers: { 'x-forwarded-for': '192.0.2.10' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    // The replacement text is inserted literally, never read as a pattern.
    expect(html).toContain('<div id="root"><p>rendered answered $& $1</p></div>');
    expect(html).not.toContain('<script>alert(1)');
    expect(stateIn(html)).toMatchObject({
      kind: 'answered',
      code: award.code,
      byUser: false,
      result: { status: 'valid', award: { learnerName: '</script><script>alert(1)</script>' } },
    });
    // One page view, one lookup: the page does not ask again when it takes over.
    expect(await lookups(award.id)).toBe(1);
  });

  it('answers a form sent without JavaScript (/?code=) the same way', async () => {
    const award = await createTestAward(suite.handle.db, {
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    const res = await app.request(`${ORIGIN}/?code=${award.code}`, {
      headers: { 'x-forwarded-for': '192.0.2.11' },
    });
    expect(stateIn(await res.text())).toMatchObject({
      kind: 'answered',
      result: { status: 'valid' },
    });
  });

  it('renders the empty form, without a lookup, when there is no code to look up', async () => {
    const html = await (await app.request(`${ORIGIN}/`)).text();
    expect(stateIn(html)).toEqual({ kind: 'idle' });
    expect(html).toContain('rendered idle');
  });

  it('says when to come back, with 429 and Retry-After, once the address is throttled', async () => {
    const award = await createTestAward(suite.handle.db, {
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    const view = () =>
      app.request(`${ORIGIN}/v/${award.code}`, { headers: { 'x-forwarded-for': '192.0.2.12' } });
    let last = await view();
    for (let i = 0; i < 121 && last.status === 200; i++) last = await view();
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(stateIn(await last.text())).toMatchObject({
      kind: 'failed',
      code: award.code,
      message: expect.stringContaining('Too many checks'),
    });
  });

  it('leaves other addresses to the single-page app', async () => {
    expect(await (await app.request(`${ORIGIN}/somewhere/else`)).text()).toBe('spa fallback');
  });

  it('serves the single-page app when the renderer cannot be loaded', async () => {
    const broken = new Hono();
    mountVerifyPage(broken, {
      db: suite.handle.db,
      secrets: testSecrets,
      publicUrl: ORIGIN,
      root: fakeBuiltApp('throw new Error("not built properly");'),
      trustProxy: true,
    });
    broken.get('*', (c) => c.text('spa fallback'));
    expect(await (await broken.request(`${ORIGIN}/v/ABCD-EFGH-JKMN-PQRS`)).text()).toBe(
      'spa fallback',
    );
  });
});
