import { DataIntegrityProof as DbDataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as dbCryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as dbVc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { verifyCredential as verifierCore } from '@digitalcredentials/verifier-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { independentDocumentLoader } from './testing/independent-loader.ts';
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

/** verifier-core: signature and status steps, as its log reports them. */
async function byVerifierCore(credential: unknown) {
  const result = (await verifierCore({ credential, knownDIDRegistries: [] } as never)) as {
    errors?: { name: string; message: string }[];
    log?: { id: string; valid?: boolean; error?: unknown }[];
    additionalInformation?: { id: string; results: { result: { valid: boolean } }[] }[];
  };
  const step = (id: string) => result.log?.find((s) => s.id === id);
  return {
    signature: result.errors ? 'invalid' : step('valid_signature')?.valid ? 'valid' : 'invalid',
    revoked: step('revocation_status')?.valid === false,
    statusError: step('revocation_status')?.error,
    schemaValid: result.additionalInformation?.[0]?.results?.[0]?.result.valid,
  };
}

/** @digitalbazaar/vc with Digital Bazaar's Data Integrity and cryptosuite, and a hand-rolled did:key. */
async function byDigitalBazaar(credential: unknown, statusLists: Map<string, unknown>) {
  const documentLoader = independentDocumentLoader(statusLists);
  const suite = new DbDataIntegrityProof({ cryptosuite: dbCryptosuite });
  const signature = await dbVc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: async () => ({ verified: true }),
  });
  const status = await checkStatus({
    credential,
    documentLoader,
    suite,
    verifyBitstringStatusListCredential: true,
  });
  return { signature: signature.verified, notRevoked: status.verified, statusError: status.error };
}

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
});
