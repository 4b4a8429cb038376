import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSecrets } from '@bacc/api';
import { callerFor } from '@bacc/api/testing';
import { verifyAwardCredential } from '@bacc/credentials';
import { describeEachDatabase } from '@bacc/db/testing';
import pino from 'pino';
import { beforeAll, expect, it } from 'vitest';
// Test data only: a seeded trust whose centre A submission the trust admin has approved.
import { approvedSubmission } from '../../../../packages/api/src/services/awards/test-setup.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const ORIGIN = 'http://localhost:3000';
const empty = mkdtempSync(join(tmpdir(), 'bacc-web-'));
const webRoots = { admin: empty, portal: empty, verify: empty };
const appFor = (db: Parameters<typeof createApp>[0]['database'], publicUrl = ORIGIN) =>
  createApp({
    database: db,
    config: loadConfig({ PORT: '3000', BACC_DEMO: '0', PUBLIC_URL: publicUrl }),
    logger: pino({ level: 'silent' }),
    webRoots,
    secrets: testSecrets,
  });

describeEachDatabase('credential routes', (suite) => {
  let setup: Awaited<ReturnType<typeof approvedSubmission>>;
  beforeAll(async () => {
    setup = await approvedSubmission(suite.handle.db);
  });

  it('serves each signed status list, and revocation shows through it', async () => {
    const app = appFor(suite.handle);
    const award = setup.awards[0]!;
    const url = `${ORIGIN}/credentials/status/${award.status_list_id}`;
    const loadStatusList = async (u: string) => {
      const res = await app.request(u);
      if (!res.ok) throw new Error(`status list answered ${res.status}`);
      return res.json();
    };
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toMatchObject({
      id: url,
      type: expect.arrayContaining(['BitstringStatusListCredential']),
    });
    expect(await verifyAwardCredential(award.credential, { loadStatusList })).toMatchObject({
      verified: true,
      status: 'active',
    });
    await callerFor(suite.handle.db, setup.t.admin).trust.awards.revoke({
      trustId: setup.t.trust.id,
      awardId: award.id,
      reason: 'Issued in error',
    });
    expect(await verifyAwardCredential(award.credential, { loadStatusList })).toMatchObject({
      verified: false,
      status: 'revoked',
    });
    for (const missing of ['not-a-list', '00000000-0000-4000-8000-000000000000'])
      expect((await app.request(`${ORIGIN}/credentials/status/${missing}`)).status).toBe(404);
  });

  it('publishes every issuer key as JWKS, and as did:web only over https', async () => {
    const keys = await suite.handle.db
      .selectFrom('issuer_keys')
      .select(['public_key_multibase'])
      .execute();
    expect(keys.length).toBeGreaterThan(0);
    const http = appFor(suite.handle);
    const jwks = (await (await http.request(`${ORIGIN}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kty: string; crv: string; kid: string }>;
    };
    expect(jwks.keys).toHaveLength(keys.length);
    for (const k of jwks.keys) expect(k).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual(
      keys.map((k) => `did:key:${k.public_key_multibase}#${k.public_key_multibase}`).sort(),
    );
    expect((await http.request(`${ORIGIN}/.well-known/did.json`)).status).toBe(404);

    const https = appFor(suite.handle, 'https://bacc.example.org');
    const did = (await (
      await https.request('https://bacc.example.org/.well-known/did.json')
    ).json()) as {
      id: string;
      verificationMethod: Array<{ publicKeyMultibase: string }>;
    };
    expect(did.id).toBe('did:web:bacc.example.org');
    expect(did.verificationMethod.map((m) => m.publicKeyMultibase).sort()).toEqual(
      keys.map((k) => k.public_key_multibase).sort(),
    );
  });
});
