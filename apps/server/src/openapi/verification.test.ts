import { testSecrets } from '@bacc/api';
import { createTenantWithUsers, createTestAward, randomVerificationCode } from '@bacc/api/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import { Hono } from 'hono';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { mountVerifyApi } from '../http/verify-api.ts';

const ORIGIN = 'http://localhost:3000';
type Json = Record<string, unknown>;

/** Inlines every local $ref, so a documented schema can be checked on its own. */
function resolveRefs(node: unknown, document: Json): unknown {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, document));
  if (!node || typeof node !== 'object') return node;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key], document);
    return resolveRefs(target, document);
  }
  return Object.fromEntries(
    Object.entries(node as Json).map(([k, v]) => [k, resolveRefs(v, document)]),
  );
}

describeEachDatabase('the OpenAPI description', (suite) => {
  let app: Hono;
  let document: Json;
  let ip = 0;
  const get = (path: string, from = `203.0.113.${++ip % 250}`) =>
    app.request(`${ORIGIN}/api/v1${path}`, { headers: { 'x-forwarded-for': from } });

  beforeAll(async () => {
    app = new Hono();
    mountVerifyApi(app, {
      db: suite.handle.db,
      secrets: testSecrets,
      publicUrl: ORIGIN,
      trustProxy: true,
    });
    document = (await (await get('/openapi.json')).json()) as Json;
  });

  it('is an OpenAPI 3.1 document whose server is this one', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: `${ORIGIN}/api/v1` }]);
  });

  it('describes every real response: each status, its headers and its body', async () => {
    const t = await createTenantWithUsers(suite.handle.db);
    const scope = { trustId: t.trust.id, centreId: t.centreA.id };
    const current = await createTestAward(suite.handle.db, scope, {
      componentsPublic: true,
      components: [{ name: 'Core', met: true, measured: '3 A levels', required: '2 A levels' }],
    });
    const revoked = await createTestAward(suite.handle.db, scope, {
      status: 'revoked',
      pathway: null,
      grade: null,
    });
    const superseded = await createTestAward(suite.handle.db, scope, {
      status: 'superseded',
      supersededById: current.id,
    });
    const erased = await createTestAward(suite.handle.db, scope, {
      status: 'revoked',
      revokedReason: 'record erased',
      erased: true,
    });

    const real: Array<{ path: string; status: number; response: Response }> = [];
    for (const code of [
      current.code,
      revoked.code,
      superseded.code,
      erased.code,
      randomVerificationCode(),
      'x',
    ])
      real.push({ path: '/verify/{code}', status: 200, response: await get(`/verify/${code}`) });
    let throttled = await get(`/verify/${randomVerificationCode()}`, '198.51.100.200');
    for (let i = 0; i < 121 && throttled.status !== 429; i++)
      throttled = await get(`/verify/${randomVerificationCode()}`, '198.51.100.200');
    real.push({ path: '/verify/{code}', status: 429, response: throttled });
    real.push({ path: '/openapi.json', status: 200, response: await get('/openapi.json') });

    const paths = document.paths as Record<string, { get: { responses: Record<string, Json> } }>;
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item.get.responses).map((status) => `${path} ${status}`),
    );
    // Every documented response is seen for real, and every real response is documented.
    expect(new Set(real.map((r) => `${r.path} ${r.status}`))).toEqual(new Set(documented));

    const statuses = new Set<unknown>();
    for (const { path, status, response } of real) {
      expect(response.status, path).toBe(status);
      const spec = resolveRefs(paths[path]!.get.responses[String(status)], document) as {
        headers?: Record<string, unknown>;
        content: Record<string, { schema: unknown }>;
      };
      for (const header of Object.keys(spec.headers ?? {}))
        expect(response.headers.get(header), `${path} ${status} ${header}`).not.toBeNull();
      const [type, media] = Object.entries(spec.content)[0]!;
      expect(response.headers.get('content-type')).toContain(type);
      const body = await response.json();
      const schema = z.fromJSONSchema(media.schema as Parameters<typeof z.fromJSONSchema>[0]);
      const checked = schema.safeParse(body);
      expect(checked.error, `${path} ${status}: ${JSON.stringify(body)}`).toBeUndefined();
      statuses.add((body as { status?: unknown }).status);
    }
    // The answers exercised every documented status of an award, and not found.
    expect(statuses).toEqual(new Set(['valid', 'revoked', 'superseded', 'not_found', undefined]));
  });

  it('would reject an answer that carried anything undocumented, such as a learner number', () => {
    const answer = resolveRefs(
      (document.components as { schemas: Json }).schemas.VerificationAnswer,
      document,
    );
    const schema = z.fromJSONSchema(answer as Parameters<typeof z.fromJSONSchema>[0]);
    const leaky = {
      status: 'valid',
      award: {
        learnerName: 'A',
        tier: 'T',
        pathway: null,
        grade: null,
        issuedOn: '2026-08-20',
        centreName: 'C',
        revokedOn: null,
        revokedReason: null,
        uln: '1234567890',
      },
      supersededBy: null,
      components: null,
      recordErased: false,
    };
    expect(schema.safeParse(leaky).success).toBe(false);
    const { uln: _, ...award } = leaky.award;
    expect(schema.safeParse({ ...leaky, award }).success).toBe(true);
  });
});
