import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalcredentials/vc';
import { describe, expect, it } from 'vitest';
import { signAwardCredential } from './award-credential.ts';
import { offlineDocumentLoader } from './document-loader.ts';
import { generateIssuerKey, issuerDid, verificationMethodId } from './keys.ts';
import { awardInput, type Json, STATUS_LIST_URL } from './testing/award-input.ts';

const libraryVerify = (credential: unknown) =>
  verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: offlineDocumentLoader(),
    checkStatus: async () => ({ verified: true }),
    now: new Date('2026-08-01T00:00:00Z'),
  });

describe('signAwardCredential', () => {
  it('issues an OB 3.0.3 OpenBadgeCredential signed with eddsa-rdfc-2022 by the did:key', async () => {
    const key = await generateIssuerKey();
    const vc = (await signAwardCredential(awardInput(), key)) as Json;
    expect(vc['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.issuer).toEqual({
      id: issuerDid(key.publicKeyMultibase),
      type: ['Profile'],
      name: 'Northfield Learning Trust',
      url: 'https://bacc.example.org',
    });
    expect(vc.validFrom).toBe('2026-07-01T09:30:00Z');
    expect(vc.credentialSubject.name).toBe('Ada Okafor');
    expect(vc.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      version: '3',
      tag: ['Northfield Baccalaureate'],
      criteria: { narrative: expect.stringContaining('40 hours') },
    });
    expect(vc.credentialSubject.achievement.otherIdentifier[0].identifier).toMatch(/^sha256:/);
    expect(vc.credentialSubject.result.map((r: { value: string }) => r.value)).toEqual([
      'Gold',
      'Science',
      'Distinction',
      '46 hours',
      'Grade A',
      'none recorded',
    ]);
    expect(vc.credentialSubject.source).toMatchObject({
      type: ['Profile'],
      name: 'Northfield Academy',
    });
    expect(vc.evidence[0].id).toBe('https://bacc.example.org/v/7KQM-2D9X-HB4T-W1RC');
    expect(vc.credentialStatus).toEqual({
      id: `${STATUS_LIST_URL}#48213`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '48213',
      statusListCredential: STATUS_LIST_URL,
    });
    expect(vc.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: verificationMethodId(key.publicKeyMultibase),
    });
    expect((await libraryVerify(vc)).verified).toBe(true);
  });

  it('leaves out pathway, grade and components when there are none to show', async () => {
    const key = await generateIssuerKey();
    const vc = (await signAwardCredential(
      awardInput({ pathway: null, grade: null, components: [] }),
      key,
    )) as Json;
    expect(vc.credentialSubject.result).toHaveLength(1);
    expect(
      vc.credentialSubject.achievement.resultDescription.map((d: { name: string }) => d.name),
    ).toEqual(['Tier']);
    expect((await libraryVerify(vc)).verified).toBe(true);
  });

  it('carries no learner identifier beyond the name', async () => {
    const vc = (await signAwardCredential(awardInput(), await generateIssuerKey())) as Json;
    expect(Object.keys(vc.credentialSubject).sort()).toEqual([
      'achievement',
      'identifier',
      'name',
      'result',
      'source',
      'type',
    ]);
    expect(vc.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityHash: 'Ada Okafor', identityType: 'name', hashed: false },
    ]);
    const text = JSON.stringify(vc).toLowerCase();
    for (const field of ['uln', 'upn', 'dateofbirth', 'birth', 'address', 'email'])
      expect(text).not.toContain(field);
  });

  it('refuses incomplete input with a message naming the field', async () => {
    const key = await generateIssuerKey();
    await expect(signAwardCredential(awardInput({ learnerName: ' ' }), key)).rejects.toThrow(
      /learnerName is missing/,
    );
    await expect(signAwardCredential(awardInput({ verifyUrl: 'not a url' }), key)).rejects.toThrow(
      /verifyUrl/,
    );
    await expect(
      signAwardCredential(
        awardInput({ status: { statusListCredential: STATUS_LIST_URL, statusListIndex: -1 } }),
        key,
      ),
    ).rejects.toThrow(/index -1/);
    await expect(
      signAwardCredential(awardInput({ issuedAt: new Date('nope') }), key),
    ).rejects.toThrow(/issuedAt/);
  });
});
