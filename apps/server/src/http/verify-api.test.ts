import { testSecrets } from '@bacc/api';
import { createTenantWithUsers, createTestAward, randomVerificationCode } from '@bacc/api/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import { Hono } from 'hono';
import { beforeAll, expect, it } from 'vitest';
import { mountVerifyApi } from './verify-api.ts';

const ORIGIN = 'http://localhost:3000';

describeEachDatabase('the REST verification API', (suite) => {
  let app: Hono;
  let t: Awaited<ReturnType<typeof createTenantWithUsers>>;
  let ip = 0;
  // Each lookup from its own address (through the trusted proxy header), so none is throttled.
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      headers: { 'x-forwarded-for': `203.0.113.${++ip % 250}`, ...headers },
    });
  beforeAll(async () => {
    app = new Hono();
    mountVerifyApi(app, {
      db: suite.handle.db,
      secrets: testSecrets,
      publicUrl: ORIGIN,
      trustProxy: true,
    });
    t = await createTenantWithUsers(suite.handle.db);
  });

  it('answers a code with the award as JSON, open to any origin and never cached', async () => {
    const { code } = await createTestAward(suite.handle.db, {
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    const res = await get(`/api/v1/verify/${code.toLowerCase()}`, {
      origin: 'https://employer.example',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await res.json()).toMatchObject({
      status: 'valid',
      award: { learnerName: 'Amara Okafor', centreName: t.centreA.name },
      supersededBy: null,
      components: null,
    });
  });

  it('answers a CORS preflight for GET from any origin', async () => {
    const res = await app.request(`${ORIGIN}/api/v1/verify/ABCD`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://employer.example',
        'access-control-request-method': 'GET',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers unknown, malformed, empty and oddly escaped codes with byte-identical bodies', async () => {
    const paths = [
      `/api/v1/verify/${randomVerificationCode()}`,
      '/api/v1/verify/not-a-code',
      '/api/v1/verify/',
      '/api/v1/verify/UUUU-UUUU-UUUU-UUUU',
      '/api/v1/verify/%E0%A4%A',
      '/api/v1/verify/a/b/c',
      `/api/v1/verify/${'7'.repeat(500)}`,
      '/api/v1/verify/%3Cscript%3E',
    ];
    const answers = await Promise.all(
      paths.map(async (path) => {
        const res = await get(path);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          body: await res.text(),
        };
      }),
    );
    for (const answer of answers)
      expect(answer).toEqual({
        status: 200,
        type: answers[0]!.type,
        body: '{"status":"not_found"}',
      });
  });

  it('refuses with 429 and Retry-After once an address has used up its lookups', async () => {
    const lookup = () =>
      app.request(`${ORIGIN}/api/v1/verify/${randomVerificationCode()}`, {
        headers: { 'x-forwarded-for': '198.51.100.99' },
      });
    let last = await lookup();
    // Windows follow the clock, so the lookups may straddle a minute boundary: allow two windows.
    for (let i = 0; i < 121 && last.status === 200; i++) last = await lookup();
    expect(last.status).toBe(429);
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last.headers.get('access-control-allow-origin')).toBe('*');
    expect(await last.json()).toEqual({ error: { message: expect.stringContaining('Too many') } });
  });

  it('answers other API addresses with a JSON 404 that points to the description', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { message: expect.stringContaining('openapi.json') },
    });
  });
});
