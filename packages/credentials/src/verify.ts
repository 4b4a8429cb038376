/// <reference path="./types/libraries.d.ts" />
// Browser-safe entry (`@bacc/credentials/verify`): no Node modules, nothing fetched except
// through the caller's loadStatusList.
import { checkStructure } from './structure/check-structure.ts';
import { checkSignature } from './verification/signature.ts';
import { checkRevocation, revocationEntry, type StatusOutcome } from './verification/status.ts';
import { type CredentialSummary, summarise } from './verification/summary.ts';

export { checkStructure, type StructureCheck } from './structure/check-structure.ts';
export type { CredentialSummary } from './verification/summary.ts';

export interface CredentialReport {
  /** Signature valid, structure valid, not revoked, status list sound and within its dates. */
  verified: boolean;
  signature: 'valid' | 'invalid';
  structure: { valid: boolean; problems: string[] };
  status: 'active' | 'revoked' | 'unreachable' | 'not_checked' | 'invalid';
  dates: 'current' | 'not_yet_valid' | 'expired';
  /** The issuer's identifier (its did:key). */
  issuer: string;
  /** Only when the signature holds: a tampered file's claims are not repeated. */
  summary: CredentialSummary | null;
  /** Plain sentences for people, empty when all is well. */
  problems: string[];
}

export interface VerifyOptions {
  /** Fetches the status list credential; without it revocation is "not_checked". */
  loadStatusList?: (url: string) => Promise<unknown>;
  now?: Date;
}

export async function verifyAwardCredential(
  credential: unknown,
  opts: VerifyOptions = {},
): Promise<CredentialReport> {
  const now = opts.now ?? new Date();
  if (!credential || typeof credential !== 'object' || Array.isArray(credential)) {
    const problem = 'This is not a credential: a credential is a JSON object.';
    return {
      verified: false,
      signature: 'invalid',
      structure: { valid: false, problems: [problem] },
      status: 'not_checked',
      dates: 'current',
      issuer: '',
      summary: null,
      problems: [problem],
    };
  }
  const vc = credential as Record<string, unknown>;
  const structure = checkStructure(vc);
  const signature = await checkSignature(vc);
  const dates = datesAt(vc, now);
  const status = await statusOf(vc, signature.valid, opts.loadStatusList, now);
  const problems = [
    ...structure.problems,
    ...(signature.valid ? [] : [signature.problem]),
    ...(dates === 'not_yet_valid'
      ? [`The credential is not valid until ${String(vc.validFrom)}.`]
      : []),
    ...(dates === 'expired' ? [`The credential expired on ${String(vc.validUntil)}.`] : []),
    ...(status.problem ? [status.problem] : []),
  ];
  return {
    verified:
      signature.valid &&
      structure.valid &&
      dates === 'current' &&
      status.status !== 'revoked' &&
      status.status !== 'invalid',
    signature: signature.valid ? 'valid' : 'invalid',
    structure,
    status: status.status,
    dates,
    issuer: issuerIdOf(vc.issuer),
    summary: signature.valid ? summarise(vc) : null,
    problems,
  };
}

async function statusOf(
  vc: Record<string, unknown>,
  signatureValid: boolean,
  loadStatusList: VerifyOptions['loadStatusList'],
  now: Date,
): Promise<StatusOutcome> {
  const entry = revocationEntry(vc);
  if (!entry)
    return {
      status: 'not_checked',
      problem: 'The credential names no revocation list, so revocation cannot be checked.',
    };
  // A broken signature means the status pointer itself may have been altered.
  if (!signatureValid) return { status: 'not_checked' };
  if (!loadStatusList) return { status: 'not_checked' };
  return checkRevocation(vc, entry, loadStatusList, now);
}

function datesAt(vc: Record<string, unknown>, now: Date): CredentialReport['dates'] {
  const from = typeof vc.validFrom === 'string' ? new Date(vc.validFrom) : null;
  const until = typeof vc.validUntil === 'string' ? new Date(vc.validUntil) : null;
  if (from && from > now) return 'not_yet_valid';
  if (until && until < now) return 'expired';
  return 'current';
}

function issuerIdOf(issuer: unknown): string {
  if (typeof issuer === 'string') return issuer;
  const id = (issuer as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
}
