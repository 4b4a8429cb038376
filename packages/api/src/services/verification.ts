import { createHash } from 'node:crypto';
import { normaliseVerificationCode } from '@bacc/schema';
import type { Context } from '../context.ts';
import { assertWithinRateLimit, verificationLookupLimit } from './rate-limit.ts';
import { recordAwardLookup } from './verification-audit.ts';
import { countVerificationHit } from './verification-hits.ts';
import { findAwardByCodeHash } from './verification-lookup.ts';

/** What the public answer says about an award: never a learner number, birth date or address. */
export interface VerifiedAward {
  /** Null once the learner's record was erased at the centre's request. */
  learnerName: string | null;
  tier: string;
  pathway: string | null;
  grade: string | null;
  issuedOn: string;
  centreName: string;
  revokedOn: string | null;
  revokedReason: string | null;
}

export interface VerifiedComponent {
  name: string;
  met: boolean;
  /** What the learner achieved, and what the award asked for, as the framework words them. */
  measured: string;
  required: string;
}

export type VerificationAnswer =
  | { status: 'not_found' }
  | {
      status: 'valid' | 'revoked' | 'superseded';
      award: VerifiedAward;
      /** The current award's code, when this one was replaced. */
      supersededBy: { code: string } | null;
      /** Only when the centre chose to publish this learner's component breakdown. */
      components: VerifiedComponent[] | null;
      /** The learner's record was erased: the award answers revoked, naming nobody. */
      recordErased: boolean;
    };

export type AwardAnswer = Extract<VerificationAnswer, { award: VerifiedAward }>;

/** Codes carry 80 random bits, so a fast hash is enough: there is nothing to brute-force offline. */
export const hashVerificationCode = (normalised: string) =>
  createHash('sha256').update(`bacc-award:${normalised}`).digest('hex');

export const NOT_FOUND: VerificationAnswer = Object.freeze({ status: 'not_found' });

/**
 * Malformed and unknown codes get the same answer, so the endpoint teaches a guesser nothing.
 * A lookup that finds an award is recorded for its centre, without anything about who asked.
 */
export async function checkVerificationCode(
  ctx: Context,
  code: string,
): Promise<VerificationAnswer> {
  // Counted whatever the code, so malformed guesses spend the allowance too; the award is looked
  // up meanwhile, and its answer is only given if the allowance holds.
  const caller = ctx.request.ip ?? 'unknown';
  const normalised = normaliseVerificationCode(code);
  const [, found] = await Promise.all([
    assertWithinRateLimit(
      ctx.db,
      { key: `verify:${caller}`, ...verificationLookupLimit },
      ctx.now(),
      countVerificationHit,
    ),
    normalised ? findAwardByCodeHash(ctx, hashVerificationCode(normalised)) : null,
  ]);
  if (!found) return NOT_FOUND;
  await recordAwardLookup(ctx.db, {
    trustId: found.trustId,
    centreId: found.centreId,
    awardId: found.awardId,
    learnerId: found.learnerId,
    answer: found.answer.status,
  });
  return found.answer;
}
