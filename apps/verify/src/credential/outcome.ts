import type { CredentialReport } from '@bacc/credentials/verify';

/** What the page says about a checked file, in one of a few plain outcomes. */
export type FileOutcome =
  | { kind: 'not_credential'; reason: string }
  | { kind: 'tampered' }
  | { kind: 'revoked'; report: CredentialReport }
  | { kind: 'valid'; report: CredentialReport }
  | { kind: 'doubtful'; report: CredentialReport };

export type ParsedFile = { ok: true; credential: unknown } | { ok: false; reason: string };

/** The largest file the page will read: a credential is a few kilobytes. */
export const MAX_CREDENTIAL_BYTES = 1024 * 1024;

/** Reads a file's or a paste's text as JSON, saying in words why it is not a credential. */
export function parseCredentialText(text: string): ParsedFile {
  if (text.trim() === '') return { ok: false, reason: 'The file or text is empty.' };
  if (text.length > MAX_CREDENTIAL_BYTES)
    return { ok: false, reason: 'It is far too large to be a credential (over 1 MB).' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'It is not JSON, the format credentials are written in.' };
  }
  if (!looksLikeCredential(value))
    return {
      ok: false,
      reason: 'It is JSON, but not a verifiable credential: it has no credential type or no proof.',
    };
  return { ok: true, credential: value };
}

function looksLikeCredential(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const types = Array.isArray(v.type) ? v.type : [v.type];
  return types.includes('VerifiableCredential') && v.proof !== undefined && v.proof !== null;
}

/** The verifier's report as the outcome a person needs. */
export function outcomeOf(report: CredentialReport): FileOutcome {
  // A signature that no longer matches means the content changed after the issuer signed it.
  if (report.signature === 'invalid') return { kind: 'tampered' };
  if (report.status === 'revoked') return { kind: 'revoked', report };
  if (report.verified && report.status === 'active') return { kind: 'valid', report };
  return { kind: 'doubtful', report };
}
