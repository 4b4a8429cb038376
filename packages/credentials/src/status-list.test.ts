import { decodeList } from '@digitalcredentials/vc-bitstring-status-list';
import { describe, expect, it } from 'vitest';
import { generateIssuerKey, issuerDid } from './keys.ts';
import {
  createStatusListCredential,
  pickStatusListIndex,
  STATUS_LIST_LENGTH,
} from './status-list.ts';
import { type Json, STATUS_LIST_URL } from './testing/award-input.ts';

describe('status lists', () => {
  it('signs a revocation BitstringStatusListCredential with the revoked bits set', async () => {
    const key = await generateIssuerKey();
    const list = (await createStatusListCredential({
      id: STATUS_LIST_URL,
      key,
      revokedIndexes: [0, 48_213, STATUS_LIST_LENGTH - 1],
      validFrom: new Date('2026-07-02T00:00:00Z'),
    })) as Json;
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(list.issuer).toBe(issuerDid(key.publicKeyMultibase));
    expect(list.validFrom).toBe('2026-07-02T00:00:00Z');
    expect(list.credentialSubject).toMatchObject({
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
    });
    expect(list.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
    });
    const bits = await decodeList({ encodedList: list.credentialSubject.encodedList });
    expect(bits.length).toBe(STATUS_LIST_LENGTH);
    expect(
      [0, 1, 48_212, 48_213, 48_214, STATUS_LIST_LENGTH - 1].map((i) => bits.getStatus(i)),
    ).toEqual([true, false, false, true, false, true]);
  });

  it('refuses indexes outside the list and lists shorter than the minimum', async () => {
    const key = await generateIssuerKey();
    await expect(
      createStatusListCredential({
        id: STATUS_LIST_URL,
        key,
        revokedIndexes: [STATUS_LIST_LENGTH],
      }),
    ).rejects.toThrow(/outside the list/);
    await expect(
      createStatusListCredential({ id: STATUS_LIST_URL, key, revokedIndexes: [], length: 1000 }),
    ).rejects.toThrow(/at least 131072/);
  });

  it('picks random free indexes and still finds the last gap', () => {
    const taken = new Set<number>();
    for (let n = 0; n < 200; n++) {
      const i = pickStatusListIndex((x) => taken.has(x));
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(STATUS_LIST_LENGTH);
      expect(taken.has(i)).toBe(false);
      taken.add(i);
    }
    // consecutive picks are not sequential: indexes leak no issue order
    expect(
      [...taken].filter((x, n, all) => n > 0 && x === (all[n - 1] as number) + 1).length,
    ).toBeLessThan(5);
    const small = 16;
    const full = new Set(Array.from({ length: small }, (_, i) => i).filter((i) => i !== 11));
    expect(
      pickStatusListIndex(
        (x) => full.has(x),
        () => 0.1,
        small,
      ),
    ).toBe(11);
    full.add(11);
    expect(() => pickStatusListIndex((x) => full.has(x), Math.random, small)).toThrow(/full/);
  });
});
