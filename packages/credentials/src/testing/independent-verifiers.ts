import { DataIntegrityProof as DbDataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as dbCryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as dbVc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { verifyCredential as verifierCore } from '@digitalcredentials/verifier-core';
import { type CredentialReport, verifyAwardCredential } from '../verify.ts';
import { independentDocumentLoader } from './independent-loader.ts';
import { blockNetwork } from './network-guard.ts';
import { OB_SCHEMA_URL, obSchemaStandIn } from './ob-schema.ts';

/** verifier-core: signature and status steps, as its log reports them. */
export async function byVerifierCore(credential: unknown) {
  const result = (await verifierCore({ credential, knownDIDRegistries: [] } as never)) as {
    errors?: { name: string; message: string }[];
    log?: { id: string; valid?: boolean; error?: unknown }[];
    additionalInformation?: { id: string; results: { result: { valid: boolean } }[] }[];
  };
  const step = (id: string) => result.log?.find((s) => s.id === id);
  return {
    signature: result.errors ? 'invalid' : step('valid_signature')?.valid ? 'valid' : 'invalid',
    revoked: step('revocation_status')?.valid === false,
    statusError: step('revocation_status')?.error,
    schemaValid: result.additionalInformation?.[0]?.results?.[0]?.result.valid,
  };
}

/** @digitalbazaar/vc with Digital Bazaar's Data Integrity and cryptosuite, and a hand-rolled did:key. */
export async function byDigitalBazaar(credential: unknown, statusLists: Map<string, unknown>) {
  const documentLoader = independentDocumentLoader(statusLists);
  const suite = new DbDataIntegrityProof({ cryptosuite: dbCryptosuite });
  const signature = await dbVc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: async () => ({ verified: true }),
  });
  const status = await checkStatus({
    credential,
    documentLoader,
    suite,
    verifyBitstringStatusListCredential: true,
  });
  return { signature: signature.verified, notRevoked: status.verified, statusError: status.error };
}

export interface EveryVerifier {
  ours: CredentialReport;
  verifierCore: Awaited<ReturnType<typeof byVerifierCore>>;
  digitalBazaar: Awaited<ReturnType<typeof byDigitalBazaar>>;
  /** Outside addresses asked for (all answered from `statusLists` or the schema stand-in). */
  attempts: string[];
}

/**
 * Verifies one credential with this package's verifier, verifier-core and Digital Bazaar's, the
 * network closed: status lists are answered from `statusLists` (keyed by URL), verifier-core's
 * OB schema by the project's own, anything else refused.
 */
export async function verifyWithEveryVerifier(
  credential: unknown,
  statusLists: Record<string, unknown>,
): Promise<EveryVerifier> {
  const guard = blockNetwork({ ...statusLists, [OB_SCHEMA_URL]: obSchemaStandIn() });
  try {
    const ours = await verifyAwardCredential(credential, {
      loadStatusList: async (url) => {
        if (!(url in statusLists)) throw new Error(`no status list at ${url}`);
        return structuredClone(statusLists[url]);
      },
    });
    const verifierCore = await byVerifierCore(credential);
    const digitalBazaar = await byDigitalBazaar(credential, new Map(Object.entries(statusLists)));
    return { ours, verifierCore, digitalBazaar, attempts: [...guard.attempts] };
  } finally {
    guard.restore();
  }
}
