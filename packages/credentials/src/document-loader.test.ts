import { describe, expect, it } from 'vitest';
import { isBundledContext, offlineDocumentLoader } from './document-loader.ts';
import { generateIssuerKey, verificationMethodId } from './keys.ts';
import { blockNetwork } from './testing/network-guard.ts';

describe('offlineDocumentLoader', () => {
  it('serves the VC 2.0 and OB 3.0.3 contexts from the bundle', async () => {
    const load = offlineDocumentLoader();
    for (const url of [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]) {
      expect(isBundledContext(url)).toBe(true);
      expect((await load(url)).document).toHaveProperty('@context');
    }
  });

  it('resolves a did:key and its verification method from the identifier alone', async () => {
    const guard = blockNetwork();
    try {
      const key = await generateIssuerKey();
      const method = (await offlineDocumentLoader()(verificationMethodId(key.publicKeyMultibase)))
        .document;
      expect(method).toMatchObject({
        type: 'Multikey',
        publicKeyMultibase: key.publicKeyMultibase,
      });
      expect(guard.attempts).toEqual([]);
    } finally {
      guard.restore();
    }
  });

  it('refuses anything else instead of fetching it', async () => {
    const guard = blockNetwork();
    try {
      const load = offlineDocumentLoader();
      for (const url of [
        'https://example.com/context.json',
        'did:web:bacc.example.org',
        'http://127.0.0.1/x',
      ]) {
        await expect(load(url)).rejects.toThrow(/Refusing to load/);
      }
      expect(guard.attempts).toEqual([]);
    } finally {
      guard.restore();
    }
  });

  it('serves documents handed in by the caller', async () => {
    const list = { id: 'https://bacc.example.org/credentials/status/1' };
    const load = offlineDocumentLoader(new Map([[list.id, list]]));
    expect((await load(list.id)).document).toBe(list);
  });
});
