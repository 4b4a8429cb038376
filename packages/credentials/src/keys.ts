import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import { base58btcDecode, base64urlEncode } from './encoding.ts';

/** An Ed25519 key pair as W3C Multikey multibase strings (public `z6Mk…`, secret `zrv…`). */
export interface IssuerKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const ED25519_PUBLIC_HEADER = [0xed, 0x01];

export async function generateIssuerKey(): Promise<IssuerKey> {
  const pair = await Ed25519Multikey.generate();
  if (!pair.secretKeyMultibase) throw new Error('The key generator returned no secret key.');
  return {
    publicKeyMultibase: pair.publicKeyMultibase,
    secretKeyMultibase: pair.secretKeyMultibase,
  };
}

/** did:key is self-describing: the public key is the identifier, so it resolves offline forever. */
export function issuerDid(publicKeyMultibase: string): string {
  assertEd25519PublicKey(publicKeyMultibase);
  return `did:key:${publicKeyMultibase}`;
}

export function verificationMethodId(publicKeyMultibase: string): string {
  return `${issuerDid(publicKeyMultibase)}#${publicKeyMultibase}`;
}

/** The key pair in the shape the Data Integrity signer expects, controlled by the did:key. */
export async function signingKeyPair(key: IssuerKey): Promise<Ed25519Multikey.Multikey> {
  const controller = issuerDid(key.publicKeyMultibase);
  try {
    return await Ed25519Multikey.from({
      '@context': MULTIKEY_CONTEXT,
      type: 'Multikey',
      id: verificationMethodId(key.publicKeyMultibase),
      controller,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: key.secretKeyMultibase,
    });
  } catch (error) {
    throw new Error(`The issuer key cannot be read: ${(error as Error).message}`);
  }
}

/** The raw 32-byte Ed25519 public key inside a `z6Mk…` multibase string. */
export function publicKeyBytes(publicKeyMultibase: string): Uint8Array {
  assertEd25519PublicKey(publicKeyMultibase);
  const bytes = base58btcDecode(publicKeyMultibase.slice(1));
  if (
    bytes.length !== 34 ||
    bytes[0] !== ED25519_PUBLIC_HEADER[0] ||
    bytes[1] !== ED25519_PUBLIC_HEADER[1]
  ) {
    throw new Error(`"${publicKeyMultibase}" is not an Ed25519 public key in Multikey form.`);
  }
  return bytes.slice(2);
}

function assertEd25519PublicKey(publicKeyMultibase: string): void {
  if (
    typeof publicKeyMultibase !== 'string' ||
    !/^z6Mk[1-9A-HJ-NP-Za-km-z]+$/.test(publicKeyMultibase)
  ) {
    throw new Error(
      `"${String(publicKeyMultibase)}" is not an Ed25519 Multikey public key (it should start "z6Mk").`,
    );
  }
}

export interface Ed25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** Every key, active or retired, so credentials signed by an old key still find it. */
export function jwks(keys: { publicKeyMultibase: string }[]): { keys: Ed25519Jwk[] } {
  return {
    keys: keys.map(({ publicKeyMultibase }) => ({
      kty: 'OKP',
      crv: 'Ed25519',
      x: base64urlEncode(publicKeyBytes(publicKeyMultibase)),
      kid: verificationMethodId(publicKeyMultibase),
      alg: 'EdDSA',
      use: 'sig',
    })),
  };
}

/** did:web for an https PUBLIC_URL: host (port as %3A) then path segments joined by ":". */
export function didWebFor(publicUrl: string): string {
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:')
    throw new Error(`did:web needs an https address; "${publicUrl}" is not one.`);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', host, ...path].join(':');
}

/**
 * The did:web document listing every key (each also known by its did:key), so a verifier that
 * prefers did:web still finds retired keys.
 */
export function didWebDocument(publicUrl: string, keys: { publicKeyMultibase: string }[]): object {
  const did = didWebFor(publicUrl);
  const methods = keys.map(({ publicKeyMultibase }) => ({
    id: `${did}#${publicKeyMultibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase,
  }));
  const ids = methods.map((m) => m.id);
  return {
    '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_CONTEXT],
    id: did,
    alsoKnownAs: keys.map(({ publicKeyMultibase }) => issuerDid(publicKeyMultibase)),
    verificationMethod: methods,
    assertionMethod: ids,
    authentication: ids,
  };
}
