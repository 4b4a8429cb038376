import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenantWithUsers, TEST_PASSWORD } from '@bacc/api/testing';
import { createTestDatabase, describeEachDatabase } from '@bacc/db/testing';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';

const ORIGIN = 'http://localhost:3000';
type TrpcBody = { result: { data: { json: { email: string } | null } } };

function fakeWebRoots() {
  const dir = mkdtempSync(join(tmpdir(), 'bacc-web-'));
  const roots = {
    admin: join(dir, 'admin'),
    portal: join(dir, 'portal'),
    verify: join(dir, 'verify'),
  };
  for (const [name, root] of Object.entries(roots)) {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>${name}</title>`);
    writeFileSync(join(root, 'assets', 'app-1234.js'), `console.log('${name}')`);
  }
  return roots;
}

const config = loadConfig({ PORT: '3000', BACC_DEMO: '0' });
const silent = pino({ level: 'silent' });

function jsonPost(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}
const sessionCookie = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

describeEachDatabase('the HTTP server', (suite) => {
  let app: ReturnType<typeof createApp>;
  let t: Awaited<ReturnType<typeof createTenantWithUsers>>;
  beforeAll(async () => {
    app = createApp({ database: suite.handle, config, logger: silent, webRoots: fakeWebRoots() });
    t = await createTenantWithUsers(suite.handle.db);
  });

  it('signs in with an HttpOnly, SameSite cookie, and signs out for good', async () => {
    const login = await app.request(
      jsonPost('/trpc/auth.login', { json: { email: t.staffA.email, password: TEST_PASSWORD } }),
    );
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^bacc_session=[A-Za-z0-9_-]{22};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = sessionCookie(login);

    const me = await app.request(`${ORIGIN}/trpc/auth.me`, { headers: { cookie } });
    expect(((await me.json()) as TrpcBody).result.data.json?.email).toBe(t.staffA.email);

    const out = await app.request(jsonPost('/trpc/auth.logout', {}, { cookie }));
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await app.request(`${ORIGIN}/trpc/auth.me`, { headers: { cookie } });
    expect(((await after.json()) as TrpcBody).result.data.json).toBeNull();
  });

  it('refuses a form-encoded cross-site POST to a mutation, and changes nothing', async () => {
    const before = await suite.handle.db
      .selectFrom('login_attempts')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const form = await app.request(
      new Request(`${ORIGIN}/trpc/auth.login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'https://evil.example',
        },
        body: `email=${encodeURIComponent(t.staffA.email)}&password=x`,
      }),
    );
    expect(form.status).toBe(403);
    const plain = await app.request(
      new Request(`${ORIGIN}/trpc/auth.logout`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      }),
    );
    expect(plain.status).toBe(403);
    const crossJson = await app.request(
      jsonPost('/trpc/auth.logout', {}, { origin: 'https://evil.example' }),
    );
    expect(crossJson.status).toBe(403);
    const crossSite = await app.request(
      jsonPost('/trpc/auth.logout', {}, { 'sec-fetch-site': 'cross-site' }),
    );
    expect(crossSite.status).toBe(403);
    const afterCount = await suite.handle.db
      .selectFrom('login_attempts')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(afterCount.n).toBe(before.n);
  });

  it('sends security headers everywhere', async () => {
    for (const path of ['/', '/admin/', '/trpc/auth.me', '/livez']) {
      const res = await app.request(`${ORIGIN}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('strict-transport-security')).toContain('max-age=31536000');
    }
  });

  it('serves each front end with client-side route fallbacks', async () => {
    expect(await (await app.request(`${ORIGIN}/portal/learners/123`)).text()).toContain(
      '<title>portal</title>',
    );
    expect(await (await app.request(`${ORIGIN}/admin/centres`)).text()).toContain(
      '<title>admin</title>',
    );
    expect(await (await app.request(`${ORIGIN}/v/ABCD-EFGH`)).text()).toContain(
      '<title>verify</title>',
    );
    const asset = await app.request(`${ORIGIN}/portal/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request(`${ORIGIN}/portal/assets/missing.js`)).status).toBe(404);
    expect((await app.request(`${ORIGIN}/admin`)).status).toBe(301);
  });

  it('answers 429 with Retry-After once an address has used up its verification lookups', async () => {
    const lookup = () =>
      app.request(
        `${ORIGIN}/trpc/verification.check?input=${encodeURIComponent(JSON.stringify({ json: { code: '7K3M-9QXD-2HWP-4TNB' } }))}`,
      );
    let last = await lookup();
    // Windows follow the clock, so the lookups may straddle a minute boundary: allow two windows.
    for (let i = 0; i < 121 && last.status === 200; i++) last = await lookup();
    expect(last.status).toBe(429);
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await last.text()).toContain('Too many checks');
  });

  it('tells a throttled sign-in when to retry, in the Retry-After header', async () => {
    const attempt = () =>
      app.request(
        jsonPost('/trpc/auth.login', {
          json: { email: t.staffB.email, password: 'wrong password!' },
        }),
      );
    let last = await attempt();
    for (let i = 0; i < 10 && last.status !== 429; i++) last = await attempt();
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('reports liveness and readiness', async () => {
    expect((await app.request(`${ORIGIN}/livez`)).status).toBe(200);
    const ready = await app.request(`${ORIGIN}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok' });
  });
});

describe('when the database is gone', () => {
  it('answers readiness 503 and procedures with a generic message, never a stack trace', async () => {
    const handle = await createTestDatabase('pglite');
    const app = createApp({ database: handle, config, logger: silent, webRoots: fakeWebRoots() });
    await handle.close();
    expect((await app.request(`${ORIGIN}/readyz`)).status).toBe(503);
    const res = await app.request(
      `${ORIGIN}/trpc/verification.check?input=${encodeURIComponent(JSON.stringify({ json: { code: '7K3M-9QXD-2HWP-4TNB' } }))}`,
    );
    expect(res.status).toBeGreaterThanOrEqual(500);
    const body = await res.text();
    expect(body).toContain('Something went wrong on our side');
    expect(body).not.toMatch(/at .*\.ts:\d+|stack|PGlite|closed/i);
  });
});
