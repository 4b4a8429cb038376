import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import { describe, expect, it } from 'vitest';
import {
  didWebDocument,
  didWebFor,
  generateIssuerKey,
  issuerDid,
  jwks,
  publicKeyBytes,
  verificationMethodId,
} from './keys.ts';

describe('issuer keys', () => {
  it('generates distinct Ed25519 Multikey pairs named by did:key', async () => {
    const a = await generateIssuerKey();
    const b = await generateIssuerKey();
    expect(a.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(a.secretKeyMultibase).toMatch(/^z/);
    expect(a.publicKeyMultibase).not.toBe(b.publicKeyMultibase);
    expect(issuerDid(a.publicKeyMultibase)).toBe(`did:key:${a.publicKeyMultibase}`);
    expect(verificationMethodId(a.publicKeyMultibase)).toBe(
      `did:key:${a.publicKeyMultibase}#${a.publicKeyMultibase}`,
    );
    expect(publicKeyBytes(a.publicKeyMultibase)).toHaveLength(32);
  });

  it('publishes every key as an OKP/Ed25519 JWK equal to the library conversion', async () => {
    const keys = [await generateIssuerKey(), await generateIssuerKey()];
    const set = jwks(keys);
    expect(set.keys).toHaveLength(2);
    for (const [i, key] of keys.entries()) {
      const pair = await Ed25519Multikey.from({
        type: 'Multikey',
        ...key,
        secretKeyMultibase: undefined,
      });
      const expected = await (
        Ed25519Multikey as unknown as { toJwk(a: object): Promise<{ x: string }> }
      ).toJwk({
        keyPair: pair,
      });
      expect(set.keys[i]).toEqual({
        kty: 'OKP',
        crv: 'Ed25519',
        x: expected.x,
        kid: verificationMethodId(key.publicKeyMultibase),
        alg: 'EdDSA',
        use: 'sig',
      });
    }
  });

  it('refuses something that is not an Ed25519 public key', () => {
    expect(() => issuerDid('zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).toThrow(/z6Mk/);
    expect(() => jwks([{ publicKeyMultibase: 'not a key' }])).toThrow(/not an Ed25519 Multikey/);
  });

  it('names the did:web after the https address, with a port and path', () => {
    expect(didWebFor('https://bacc.example.org')).toBe('did:web:bacc.example.org');
    expect(didWebFor('https://bacc.example.org:8443/trust/north/')).toBe(
      'did:web:bacc.example.org%3A8443:trust:north',
    );
    expect(() => didWebFor('http://localhost:3000')).toThrow(/https/);
  });

  it('lists retired keys in the did:web document alongside the active one', async () => {
    const active = await generateIssuerKey();
    const retired = await generateIssuerKey();
    const doc = didWebDocument('https://bacc.example.org', [active, retired]) as {
      id: string;
      verificationMethod: { id: string; publicKeyMultibase: string; controller: string }[];
      assertionMethod: string[];
      alsoKnownAs: string[];
    };
    expect(doc.id).toBe('did:web:bacc.example.org');
    expect(doc.verificationMethod.map((m) => m.publicKeyMultibase)).toEqual([
      active.publicKeyMultibase,
      retired.publicKeyMultibase,
    ]);
    expect(doc.assertionMethod).toEqual(doc.verificationMethod.map((m) => m.id));
    expect(doc.alsoKnownAs).toEqual([
      issuerDid(active.publicKeyMultibase),
      issuerDid(retired.publicKeyMultibase),
    ]);
    expect(JSON.stringify(doc)).not.toContain(active.secretKeyMultibase);
  });
});
