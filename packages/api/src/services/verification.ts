import { createHash } from 'node:crypto';
import { normaliseVerificationCode } from '@bacc/schema';
import type { Context } from '../context.ts';
import { assertWithinRateLimit, verificationLookupLimit } from './rate-limit.ts';

export type VerificationAnswer =
  | { status: 'not_found' }
  | {
      status: 'valid' | 'revoked' | 'superseded';
      award: {
        learnerName: string;
        tier: string;
        pathway: string | null;
        grade: string | null;
        issuedOn: string;
        centreName: string;
        revokedOn: string | null;
        revokedReason: string | null;
      };
    };

/** Codes carry 80 random bits, so a fast hash is enough: there is nothing to brute-force offline. */
export const hashVerificationCode = (normalised: string) =>
  createHash('sha256').update(`bacc-award:${normalised}`).digest('hex');

/** Malformed and unknown codes get the same answer, so the endpoint teaches a guesser nothing. */
export async function checkVerificationCode(
  ctx: Context,
  code: string,
): Promise<VerificationAnswer> {
  // Counted before the code is even parsed, so malformed guesses spend the allowance too.
  const caller = ctx.request.ip ?? 'unknown';
  await assertWithinRateLimit(
    ctx.db,
    { key: `verify:${caller}`, ...verificationLookupLimit },
    ctx.now(),
  );
  const normalised = normaliseVerificationCode(code);
  if (!normalised) return { status: 'not_found' };
  const row = await ctx.db
    .selectFrom('awards')
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'awards.centre_id')
        .onRef('centres.trust_id', '=', 'awards.trust_id'),
    )
    .select([
      'awards.status',
      'awards.learner_name as learnerName',
      'awards.tier',
      'awards.pathway',
      'awards.grade',
      'awards.issued_at as issuedAt',
      'awards.revoked_at as revokedAt',
      'awards.revoked_reason as revokedReason',
      'centres.name as centreName',
    ])
    .where('awards.verification_code_hash', '=', hashVerificationCode(normalised))
    .executeTakeFirst();
  if (!row) return { status: 'not_found' };
  const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);
  return {
    status: row.status,
    award: {
      learnerName: row.learnerName,
      tier: row.tier,
      pathway: row.pathway,
      grade: row.grade,
      issuedOn: day(row.issuedAt)!,
      centreName: row.centreName,
      revokedOn: day(row.revokedAt),
      revokedReason: row.revokedReason,
    },
  };
}
