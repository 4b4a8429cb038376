import { type DecodedStatusList, decodeStatusList } from './bitstring.ts';
import { checkSignature } from './signature.ts';

export type StatusOutcome = {
  status: 'active' | 'revoked' | 'unreachable' | 'not_checked' | 'invalid';
  problem?: string;
};

interface StatusEntry {
  statusPurpose: string;
  statusListIndex: string;
  statusListCredential: string;
}

export function revocationEntry(credential: Record<string, unknown>): StatusEntry | null {
  const raw = credential.credentialStatus;
  const entries = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
  const entry = entries.find(
    (e) =>
      e &&
      typeof e === 'object' &&
      e.type === 'BitstringStatusListEntry' &&
      e.statusPurpose === 'revocation',
  );
  if (
    !entry ||
    typeof entry.statusListCredential !== 'string' ||
    typeof entry.statusListIndex !== 'string'
  )
    return null;
  return entry as unknown as StatusEntry;
}

const issuerId = (issuer: unknown): string | undefined =>
  typeof issuer === 'string'
    ? issuer
    : ((issuer as { id?: unknown } | null)?.id as string | undefined);

/** Fetches the status list through the caller, checks it is the issuer's own, then reads the bit. */
export async function checkRevocation(
  credential: Record<string, unknown>,
  entry: StatusEntry,
  loadStatusList: (url: string) => Promise<unknown>,
  now: Date,
): Promise<StatusOutcome> {
  const url = entry.statusListCredential;
  let list: unknown;
  try {
    list = await loadStatusList(url);
  } catch {
    return {
      status: 'unreachable',
      problem: `The revocation list at ${url} could not be fetched, so revocation was not checked.`,
    };
  }
  const invalid = (why: string): StatusOutcome => ({
    status: 'invalid',
    problem: `The revocation list at ${url} ${why}`,
  });
  if (!list || typeof list !== 'object' || Array.isArray(list))
    return invalid('is not a credential.');
  const sl = list as Record<string, unknown>;
  const types = Array.isArray(sl.type) ? sl.type : [sl.type];
  const subject = (sl.credentialSubject ?? {}) as Record<string, unknown>;
  if (!types.includes('BitstringStatusListCredential') || subject.type !== 'BitstringStatusList') {
    return invalid('is not a Bitstring Status List credential.');
  }
  if (sl.id !== url)
    return invalid(`names itself "${String(sl.id)}", not the list the credential points to.`);
  const signature = await checkSignature(sl);
  if (!signature.valid)
    return invalid('has a signature that does not match, so it cannot be trusted.');
  if (!issuerId(sl.issuer) || issuerId(sl.issuer) !== issuerId(credential.issuer)) {
    return invalid(
      'was signed by a different issuer from the credential, so it cannot speak for it.',
    );
  }
  if (subject.statusPurpose !== entry.statusPurpose) {
    return invalid(`is for "${String(subject.statusPurpose)}", not "${entry.statusPurpose}".`);
  }
  if (typeof sl.validUntil === 'string' && new Date(sl.validUntil) < now)
    return invalid('has expired.');
  if (typeof sl.validFrom === 'string' && new Date(sl.validFrom) > now)
    return invalid('is not valid yet.');
  let bits: DecodedStatusList;
  try {
    bits = await decodeStatusList(String(subject.encodedList));
  } catch {
    return invalid('cannot be decoded.');
  }
  const index = Number(entry.statusListIndex);
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length) {
    return invalid(`has no entry ${entry.statusListIndex} (it has ${bits.length}).`);
  }
  return bits.isSet(index)
    ? { status: 'revoked', problem: 'The issuer has revoked this credential.' }
    : { status: 'active' };
}
