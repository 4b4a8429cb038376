import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalcredentials/vc';
import { createCredential, createList } from '@digitalcredentials/vc-bitstring-status-list';
import { offlineDocumentLoader } from './document-loader.ts';
import { type IssuerKey, issuerDid, signingKeyPair } from './keys.ts';
import { VC_V2_CONTEXT, xsdDateTime } from './vocabulary.ts';

/** The spec's minimum (16 KB of bits), so one index says nothing about how many awards exist. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * A signed BitstringStatusListCredential (revocation) in which the given indexes are set. It is
 * signed by the same key as the credentials pointing at it, because verifiers check the
 * issuers match.
 */
export async function createStatusListCredential(args: {
  id: string;
  key: IssuerKey;
  revokedIndexes: Iterable<number>;
  length?: number;
  validFrom?: Date;
}): Promise<object> {
  const length = args.length ?? STATUS_LIST_LENGTH;
  if (!Number.isSafeInteger(length) || length < STATUS_LIST_LENGTH || length % 8 !== 0) {
    throw new Error(
      `A status list needs at least ${STATUS_LIST_LENGTH} entries in whole bytes; ${length} was asked for.`,
    );
  }
  if (!URL.canParse(args.id)) throw new Error(`The status list id "${args.id}" is not a URL.`);
  const list = await createList({ length });
  for (const index of args.revokedIndexes) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
      throw new Error(`Status list index ${index} is outside the list (0 to ${length - 1}).`);
    }
    list.setStatus(index, true);
  }
  const unsigned = await createCredential({
    id: args.id,
    list,
    statusPurpose: 'revocation',
    context: [VC_V2_CONTEXT],
  });
  const validFrom = args.validFrom ?? new Date();
  const credential = {
    ...unsigned,
    issuer: issuerDid(args.key.publicKeyMultibase),
    validFrom: xsdDateTime(validFrom),
  };
  const signer = (await signingKeyPair(args.key)).signer();
  const suite = new DataIntegrityProof({ signer, cryptosuite, date: validFrom });
  return issue({ credential, suite, documentLoader: offlineDocumentLoader(), now: validFrom });
}

const secureRandom = (): number =>
  (crypto.getRandomValues(new Uint32Array(1))[0] as number) / 2 ** 32;

/**
 * A random free index, so an index reveals nothing about issue order or volume. Random probes
 * first; when the list is nearly full, a scan from a random start still finds any gap.
 */
export function pickStatusListIndex(
  taken: (i: number) => boolean,
  random: () => number = secureRandom,
  length: number = STATUS_LIST_LENGTH,
): number {
  const at = () => Math.min(length - 1, Math.floor(random() * length));
  for (let probe = 0; probe < 64; probe++) {
    const i = at();
    if (!taken(i)) return i;
  }
  const start = at();
  for (let step = 0; step < length; step++) {
    const i = (start + step) % length;
    if (!taken(i)) return i;
  }
  throw new Error(
    `The status list is full: all ${length} indexes are taken. Start a new status list.`,
  );
}
