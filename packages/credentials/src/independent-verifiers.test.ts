import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byDigitalBazaar,
  byVerifierCore,
  verifyWithEveryVerifier,
} from './testing/independent-verifiers.ts';
import { issueAward } from './testing/issued.ts';
import { blockNetwork, type NetworkGuard } from './testing/network-guard.ts';
import { OB_SCHEMA_URL, obSchemaStandIn } from './testing/ob-schema.ts';
import { type StatusServer, startStatusServer } from './testing/status-server.ts';
import { verifyAwardCredential } from './verify.ts';

let guard: NetworkGuard;
let server: StatusServer;
beforeAll(async () => {
  guard = blockNetwork({ [OB_SCHEMA_URL]: obSchemaStandIn() });
  server = await startStatusServer();
});
afterAll(async () => {
  await server.close();
  guard.restore();
  // the only outside address anything asked for is the schema verifier-core looks up
  expect(new Set(guard.attempts)).toEqual(new Set([OB_SCHEMA_URL]));
});

describe('credentials verify with two independent verifiers', () => {
  it('verifier-core and @digitalbazaar/vc accept an issued award, and revocation flips both', async () => {
    const path = '/credentials/status/list-1';
    const award = await issueAward(`${server.baseUrl}${path}`);
    server.publish(path, await award.statusList());

    const core = await byVerifierCore(award.credential);
    expect(core).toMatchObject({
      signature: 'valid',
      revoked: false,
      statusError: undefined,
      schemaValid: true,
    });
    const lists = new Map<string, unknown>([[award.statusListUrl, await award.statusList()]]);
    expect(await byDigitalBazaar(award.credential, lists)).toMatchObject({
      signature: true,
      notRevoked: true,
    });
    const ours = await verifyAwardCredential(award.credential, {
      loadStatusList: async (url) => (await fetch(url)).json(),
    });
    expect(ours).toMatchObject({ verified: true, status: 'active' });

    const revoked = await award.statusList([award.index]);
    server.publish(path, revoked);
    expect(await byVerifierCore(award.credential)).toMatchObject({
      signature: 'valid',
      revoked: true,
    });
    const revokedLists = new Map<string, unknown>([[award.statusListUrl, revoked]]);
    expect(await byDigitalBazaar(award.credential, revokedLists)).toMatchObject({
      signature: true,
      notRevoked: false,
    });
    const oursRevoked = await verifyAwardCredential(award.credential, {
      loadStatusList: async (url) => (await fetch(url)).json(),
    });
    expect(oursRevoked).toMatchObject({ verified: false, status: 'revoked' });
  });

  it('both reject a changed credential', async () => {
    const path = '/credentials/status/list-2';
    const award = await issueAward(`${server.baseUrl}${path}`);
    server.publish(path, await award.statusList());
    const changed = structuredClone(award.credential);
    changed.credentialSubject.name = 'Ada Okafore';
    expect((await byVerifierCore(changed)).signature).toBe('invalid');
    const lists = new Map<string, unknown>([[award.statusListUrl, await award.statusList()]]);
    expect((await byDigitalBazaar(changed, lists)).signature).toBe(false);
  });

  it('@digitalbazaar/vc with the status list library rejects a status list signed by another key', async () => {
    // verifier-core turns the issuer match off (verifyMatchingIssuers: false), which is why the
    // project's own verifier makes this check itself (see verify.test.ts)
    const path = '/credentials/status/list-3';
    const award = await issueAward(`${server.baseUrl}${path}`);
    const impostor = await issueAward(`${server.baseUrl}${path}`);
    const lists = new Map<string, unknown>([[award.statusListUrl, await impostor.statusList()]]);
    const db = await byDigitalBazaar(award.credential, lists);
    expect(db.notRevoked).toBe(false);
    expect(String(db.statusError?.message)).toMatch(
      /Issuers of the status list credential and verifiable credential do not match/,
    );
    server.publish(path, await impostor.statusList());
    const ours = await verifyAwardCredential(award.credential, {
      loadStatusList: async (url) => (await fetch(url)).json(),
    });
    expect(ours).toMatchObject({ verified: false, status: 'invalid' });
  });

  it('verifyWithEveryVerifier runs all three on a credential whose status list is at its public address', async () => {
    const award = await issueAward('https://bacc.example.org/credentials/status/9');
    const results = await verifyWithEveryVerifier(award.credential, {
      [award.statusListUrl]: await award.statusList([award.index]),
    });
    expect(results.ours).toMatchObject({ signature: 'valid', status: 'revoked' });
    expect(results.verifierCore).toMatchObject({
      signature: 'valid',
      revoked: true,
      schemaValid: true,
    });
    expect(results.digitalBazaar).toMatchObject({ signature: true, notRevoked: false });
    expect(results.attempts).toContain(award.statusListUrl);
  });
});
