import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalcredentials/vc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardCredential } from './award-credential.ts';
import { offlineDocumentLoader } from './document-loader.ts';
import { generateIssuerKey, issuerDid, signingKeyPair } from './keys.ts';
import { awardInput, type Json, STATUS_LIST_URL } from './testing/award-input.ts';
import { issueAward } from './testing/issued.ts';
import { blockNetwork, type NetworkGuard } from './testing/network-guard.ts';
import { verifyAwardCredential } from './verify.ts';

const NOW = new Date('2026-08-01T12:00:00Z');
const served = (list: Json) => async (url: string) => {
  if (url !== STATUS_LIST_URL) throw new Error(`unexpected ${url}`);
  return structuredClone(list);
};

let guard: NetworkGuard;
beforeAll(() => {
  guard = blockNetwork();
});
afterAll(() => {
  guard.restore();
  // bundled contexts and did:key resolve offline: nothing reached for the network
  expect(guard.attempts).toEqual([]);
});

describe('verifyAwardCredential', () => {
  it('accepts a fresh award and summarises it', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const report = await verifyAwardCredential(award.credential, {
      loadStatusList: served(await award.statusList()),
      now: NOW,
    });
    expect(report).toEqual({
      verified: true,
      signature: 'valid',
      structure: { valid: true, problems: [] },
      status: 'active',
      dates: 'current',
      issuer: issuerDid(award.key.publicKeyMultibase),
      summary: {
        learnerName: 'Ada Okafor',
        achievement: 'Northfield Baccalaureate',
        tier: 'Gold',
        pathway: 'Science',
        grade: 'Distinction',
        centreName: 'Northfield Academy',
        issuerName: 'Northfield Learning Trust',
        issuedOn: '2026-07-01',
      },
      problems: [],
    });
  });

  it('reports a revoked award as revoked', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const report = await verifyAwardCredential(award.credential, {
      loadStatusList: served(await award.statusList([award.index])),
      now: NOW,
    });
    expect(report).toMatchObject({ verified: false, signature: 'valid', status: 'revoked' });
    expect(report.problems).toEqual(['The issuer has revoked this credential.']);
    // the neighbouring bits do not matter
    const other = await verifyAwardCredential(award.credential, {
      loadStatusList: served(await award.statusList([award.index - 1, award.index + 1])),
      now: NOW,
    });
    expect(other.status).toBe('active');
  });

  it('rejects a status list signed by another key, even one that says "not revoked"', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const impostor = await generateIssuerKey();
    const report = await verifyAwardCredential(award.credential, {
      loadStatusList: served(await award.statusList([], impostor)),
      now: NOW,
    });
    expect(report).toMatchObject({ verified: false, signature: 'valid', status: 'invalid' });
    expect(report.problems.join(' ')).toMatch(/signed by a different issuer/);
  });

  it('rejects a status list that was altered, or is another list of the same issuer', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const list = await award.statusList();
    const altered = structuredClone(list);
    altered.credentialSubject.statusPurpose = 'suspension';
    const tampered = await verifyAwardCredential(award.credential, {
      loadStatusList: served(altered),
      now: NOW,
    });
    expect(tampered).toMatchObject({ status: 'invalid', verified: false });
    expect(tampered.problems.join(' ')).toMatch(/signature that does not match/);

    const elsewhere = await issueAward(`${STATUS_LIST_URL}-other`, {}, award.key);
    const swapped = await verifyAwardCredential(award.credential, {
      loadStatusList: served(await elsewhere.statusList()),
      now: NOW,
    });
    expect(swapped).toMatchObject({ status: 'invalid', verified: false });
    expect(swapped.problems.join(' ')).toMatch(/not the list the credential points to/);
  });

  it('still verifies when the status list cannot be fetched, saying so', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const report = await verifyAwardCredential(award.credential, {
      loadStatusList: async () => {
        throw new Error('offline');
      },
      now: NOW,
    });
    expect(report).toMatchObject({ verified: true, status: 'unreachable' });
    expect(report.problems).toEqual([
      `The revocation list at ${STATUS_LIST_URL} could not be fetched, so revocation was not checked.`,
    ]);
    const unchecked = await verifyAwardCredential(award.credential, { now: NOW });
    expect(unchecked).toMatchObject({ verified: true, status: 'not_checked', problems: [] });
  });

  it('judges the validity dates against the time given', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const early = await verifyAwardCredential(award.credential, {
      now: new Date('2026-06-30T00:00:00Z'),
    });
    expect(early).toMatchObject({ verified: false, signature: 'valid', dates: 'not_yet_valid' });
    expect(early.problems).toEqual(['The credential is not valid until 2026-07-01T09:30:00Z.']);

    const key = await generateIssuerKey();
    const input = awardInput();
    const credential = {
      ...awardCredential(input, issuerDid(key.publicKeyMultibase)),
      validUntil: '2026-07-31T00:00:00Z',
    };
    const suite = new DataIntegrityProof({
      signer: (await signingKeyPair(key)).signer(),
      cryptosuite,
      date: input.issuedAt,
    });
    const expiring = await issue({
      credential,
      suite,
      documentLoader: offlineDocumentLoader(),
      now: input.issuedAt,
    });
    const late = await verifyAwardCredential(expiring, { now: NOW });
    expect(late).toMatchObject({ verified: false, signature: 'valid', dates: 'expired' });
    expect(
      (await verifyAwardCredential(expiring, { now: new Date('2026-07-15T00:00:00Z') })).verified,
    ).toBe(true);
  });

  it('reports a changed credential as invalid without repeating its claims', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const changed = structuredClone(award.credential);
    changed.credentialSubject.result[0].value = 'Platinum';
    const report = await verifyAwardCredential(changed, {
      loadStatusList: served(await award.statusList()),
      now: NOW,
    });
    expect(report).toMatchObject({
      verified: false,
      signature: 'invalid',
      summary: null,
      status: 'not_checked',
    });
    expect(report.problems).toEqual([
      'The signature does not match: the credential was changed after it was signed, or was not signed by its issuer.',
    ]);
  });

  it('says so when a credential carries no signature at all', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const { proof: _, ...unsigned } = award.credential;
    const report = await verifyAwardCredential(unsigned, { now: NOW });
    expect(report).toMatchObject({ verified: false, signature: 'invalid', summary: null });
    expect(report.problems).toEqual([
      'The credential is missing "proof".',
      'The credential is not signed: it has no proof.',
    ]);
  });

  it('rejects a credential whose issuer is not the key that signed it', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const other = await generateIssuerKey();
    const claimed = structuredClone(award.credential);
    claimed.issuer.id = issuerDid(other.publicKeyMultibase);
    const report = await verifyAwardCredential(claimed, { now: NOW });
    expect(report).toMatchObject({ verified: false, signature: 'invalid' });
  });

  it('answers anything that is not a credential with a clear sentence', async () => {
    for (const thing of [null, 'text', [1, 2], 42]) {
      const report = await verifyAwardCredential(thing, { now: NOW });
      expect(report).toMatchObject({ verified: false, signature: 'invalid', summary: null });
      expect(report.problems).toEqual(['This is not a credential: a credential is a JSON object.']);
    }
    const report = await verifyAwardCredential({ hello: 'world' }, { now: NOW });
    expect(report.verified).toBe(false);
    expect(report.structure.problems).toContain('The credential is missing "issuer".');
  });

  it('never loads a context or key from the network', async () => {
    const award = await issueAward(STATUS_LIST_URL);
    const remote = structuredClone(award.credential);
    remote['@context'].push('https://example.com/context.json');
    const report = await verifyAwardCredential(remote, { now: NOW });
    expect(report.signature).toBe('invalid');
    expect(report.problems.join(' ')).toMatch(/cannot be checked offline.*example\.com/);
  });
});
