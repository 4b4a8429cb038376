import { securityLoader } from '@digitalcredentials/security-document-loader';
import type { DocumentLoader } from '@digitalcredentials/vc';

/**
 * A JSON-LD document loader that never touches the network: only the contexts bundled with
 * @digitalcredentials/security-document-loader (VC 2.0, OB 3.0.x, Data Integrity, Multikey…),
 * did:key (which resolves from the identifier itself) and documents handed in by the caller.
 * did:web is refused because resolving it means fetching.
 */
let bundled: ReturnType<typeof securityLoader> | undefined;
const bundledLoader = () => {
  bundled ??= securityLoader({ fetchRemoteContexts: false });
  return bundled;
};

/** Whether a context URL is one of the bundled copies (never fetched). */
export function isBundledContext(url: string): boolean {
  return bundledLoader().documents.has(url);
}

export function offlineDocumentLoader(extra: Map<string, unknown> = new Map()): DocumentLoader {
  const { documents } = bundledLoader();
  const load = bundledLoader().build();
  return async (url: string) => {
    const given = extra.get(url);
    if (given !== undefined) return { contextUrl: null, document: given, documentUrl: url };
    if (documents.has(url) || url.startsWith('did:key:')) return load(url);
    throw new Error(
      `Refusing to load "${url}": only bundled contexts and did:key identifiers are resolved, offline.`,
    );
  };
}
