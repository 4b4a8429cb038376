import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as dbVc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardInput, type Json, STATUS_LIST_URL } from './testing/award-input.ts';
import { independentDocumentLoader } from './testing/independent-loader.ts';
import { issueAward } from './testing/issued.ts';
import { blockNetwork, type NetworkGuard } from './testing/network-guard.ts';
import { verifyAwardCredential } from './verify.ts';

type Path = (string | number)[];
interface Spot {
  path: Path;
  /** A property value, or (when `key`) the property's own name. */
  key: boolean;
  text: string;
}

/** Every string in the credential: each string value and each property name. */
function everyString(node: unknown, path: Path = []): Spot[] {
  if (typeof node === 'string') return [{ path, key: false, text: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => everyString(item, [...path, i]));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([name, value]) => [
      { path: [...path, name], key: true, text: name },
      ...everyString(value, [...path, name]),
    ]);
  }
  return [];
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-:.#_ ';

/** The credential with one character of one string replaced by a different character. */
function withOneCharChanged(credential: Json, spot: Spot, position: number, shift: number): Json {
  const copy = structuredClone(credential);
  const at = position % spot.text.length;
  const old = spot.text[at] as string;
  const from = ALPHABET.indexOf(old);
  const replacement =
    from < 0
      ? (ALPHABET[shift % ALPHABET.length] as string)
      : (ALPHABET[(from + 1 + (shift % (ALPHABET.length - 1))) % ALPHABET.length] as string);
  const changed = spot.text.slice(0, at) + replacement + spot.text.slice(at + 1);
  const parent = spot.path.slice(0, -1).reduce<Json>((node, step) => node[step], copy);
  const last = spot.path.at(-1) as string | number;
  if (spot.key) {
    // rebuild in order so only the one name changes
    const entries = Object.entries(parent).map(([k, v]) => [k === last ? changed : k, v]);
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
  } else {
    parent[last] = changed;
  }
  return copy;
}

let guard: NetworkGuard;
let credential: Json;
let spots: Spot[];
beforeAll(async () => {
  guard = blockNetwork();
  credential = (await issueAward(STATUS_LIST_URL)).credential;
  spots = everyString(credential);
});
afterAll(() => {
  guard.restore();
  expect(guard.attempts).toEqual([]);
});

const digitalBazaarAccepts = async (vc: unknown) =>
  (
    await dbVc.verifyCredential({
      credential: vc,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: independentDocumentLoader(new Map()),
      checkStatus: async () => ({ verified: true }),
    })
  ).verified;

describe('one changed character anywhere', () => {
  it('the untouched credential verifies with both (so a failure below is the change)', async () => {
    expect((await verifyAwardCredential(credential)).signature).toBe('valid');
    expect(await digitalBazaarAccepts(credential)).toBe(true);
    expect(spots.length).toBeGreaterThan(100);
    expect(awardInput().learnerName).toBe(credential.credentialSubject.name);
  });

  it('fails verification for every string and property name, by both verifiers', async () => {
    for (const spot of spots) {
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.nat(), async (position, shift) => {
          const tampered = withOneCharChanged(credential, spot, position, shift);
          const where = `${spot.key ? 'name of ' : ''}${spot.path.join('.')}`;
          expect((await verifyAwardCredential(tampered)).signature, where).toBe('invalid');
          expect(await digitalBazaarAccepts(tampered), where).toBe(false);
        }),
        { numRuns: 1 },
      );
    }
  }, 120_000);
});
