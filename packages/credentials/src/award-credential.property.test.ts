import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as dbVc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AwardCredentialInput, signAwardCredential } from './award-credential.ts';
import { generateIssuerKey, type IssuerKey } from './keys.ts';
import { STATUS_LIST_LENGTH } from './status-list.ts';
import { awardInput, type Json, STATUS_LIST_URL } from './testing/award-input.ts';
import { independentDocumentLoader } from './testing/independent-loader.ts';
import { blockNetwork, type NetworkGuard } from './testing/network-guard.ts';
import { verifyAwardCredential } from './verify.ts';

// Names as schools have them: accents, apostrophes, hyphens, other scripts, emoji, long ones.
const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
    fc.constantFrom(
      "Zoë O'Brien-Łukasz",
      'Siobhán Ní Bhriain',
      '李小龙',
      'Ana María José',
      'Ola 🎻',
    ),
  )
  .filter((s) => s.trim() !== '');

const input: fc.Arbitrary<AwardCredentialInput> = fc
  .record({
    learnerName: text,
    tier: text,
    pathway: fc.option(text, { nil: null }),
    grade: fc.option(text, { nil: null }),
    components: fc.array(
      fc.record({ name: text, met: fc.boolean(), measured: fc.string({ maxLength: 40 }) }),
      {
        maxLength: 8,
      },
    ),
    centreName: text,
    issuerName: text,
    index: fc.nat(STATUS_LIST_LENGTH - 1),
    issuedAt: fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
  })
  .map(({ index, ...fields }) =>
    awardInput({
      ...fields,
      status: { statusListCredential: STATUS_LIST_URL, statusListIndex: index },
    }),
  );

let guard: NetworkGuard;
let key: IssuerKey;
beforeAll(async () => {
  guard = blockNetwork();
  key = await generateIssuerKey();
});
afterAll(() => {
  guard.restore();
  expect(guard.attempts).toEqual([]);
});

describe('every award the project can sign', () => {
  it('verifies with this verifier and with Digital Bazaar’s, and passes the OB 3.0 structure check', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (award) => {
        const credential = (await signAwardCredential(award, key)) as Json;
        const ours = await verifyAwardCredential(credential, { now: award.issuedAt });
        expect(ours.signature).toBe('valid');
        expect(ours.structure).toEqual({ valid: true, problems: [] });
        expect(ours.verified).toBe(true);
        expect(ours.summary).toMatchObject({
          learnerName: award.learnerName,
          tier: award.tier,
          pathway: award.pathway,
          grade: award.grade,
          centreName: award.centreName,
        });
        const theirs = await dbVc.verifyCredential({
          credential,
          suite: new DataIntegrityProof({ cryptosuite }),
          documentLoader: independentDocumentLoader(new Map()),
          checkStatus: async () => ({ verified: true }),
          now: award.issuedAt,
        });
        expect(theirs.verified).toBe(true);
        expect(credential.credentialSubject.result).toHaveLength(
          1 +
            Number(award.pathway !== null) +
            Number(award.grade !== null) +
            award.components.length,
        );
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
