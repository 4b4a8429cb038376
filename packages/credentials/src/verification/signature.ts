import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalcredentials/vc';
import { isBundledContext, offlineDocumentLoader } from '../document-loader.ts';

export type SignatureCheck = { valid: true } | { valid: false; problem: string };

const suite = new DataIntegrityProof({ cryptosuite });

/**
 * Checks only the eddsa-rdfc-2022 proof and that its key belongs to the issuer. Dates and status
 * are judged separately (and reported in their own words), so the library is asked to verify
 * "as of" the credential's own validFrom and told every status is fine.
 */
export async function checkSignature(credential: Record<string, unknown>): Promise<SignatureCheck> {
  const validFrom =
    typeof credential.validFrom === 'string' ? new Date(credential.validFrom) : new Date();
  const asOf = Number.isNaN(validFrom.getTime()) ? new Date() : validFrom;
  if (!credential.proof || typeof credential.proof !== 'object') {
    return { valid: false, problem: 'The credential is not signed: it has no proof.' };
  }
  const contexts = [credential['@context']]
    .flat()
    .filter((c): c is string => typeof c === 'string');
  const foreign = contexts.find((c) => !isBundledContext(c));
  if (foreign) {
    return {
      valid: false,
      problem: `The signature cannot be checked offline: the credential relies on "${foreign}", which is not a bundled context.`,
    };
  }
  try {
    const result = await verifyCredential({
      credential,
      suite,
      documentLoader: offlineDocumentLoader(),
      checkStatus: async () => ({ verified: true }),
      now: asOf,
    });
    if (result.verified) return { valid: true };
    return { valid: false, problem: explain(result.error) };
  } catch (error) {
    return { valid: false, problem: explain(error as { message?: string }) };
  }
}

function explain(error: { message?: string; errors?: { message?: string }[] } | undefined): string {
  const messages = [
    error?.message ?? '',
    ...(error?.errors ?? []).map((e) => e.message ?? ''),
  ].join(' ');
  const refused = /Refusing to load "([^"]+)"/.exec(messages);
  if (refused) {
    return `The signature cannot be checked offline: the credential relies on "${refused[1]}", which is not a bundled context or a did:key.`;
  }
  if (/proof|signature|verification method|controller/i.test(messages) || messages.trim() === '') {
    return 'The signature does not match: the credential was changed after it was signed, or was not signed by its issuer.';
  }
  if (/JSON-LD|safe mode|protected term|context/i.test(messages)) {
    return 'The signature cannot be checked: the credential is not well-formed JSON-LD, so it was changed after signing or made wrongly.';
  }
  return `The signature could not be checked: ${messages.trim()}`;
}
