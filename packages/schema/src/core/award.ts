import { z } from 'zod';
import { uuidSchema } from './text.ts';

// Crockford base32: no I, L, O or U, so typed codes survive the usual confusions.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Normalises a typed verification code (case, spaces, dashes, O/0, I/L/1); null if malformed. */
export function normaliseVerificationCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-‐–]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 16) return null;
  for (const ch of cleaned) if (!CROCKFORD.includes(ch)) return null;
  return cleaned;
}

export const formatVerificationCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

export const verificationCodeInputSchema = z.object({ code: z.string().max(64) });

export const awardStatuses = ['valid', 'revoked', 'superseded'] as const;
export const awardStatusSchema = z.enum(awardStatuses);

export const awardSchema = z.object({
  id: uuidSchema,
  trustId: uuidSchema,
  centreId: uuidSchema,
  learnerId: uuidSchema.nullable(),
  frameworkVersionId: uuidSchema,
  frameworkHash: z.string(),
  tier: z.string(),
  pathway: z.string().nullable(),
  grade: z.string().nullable(),
  learnerName: z.string(),
  issuedOn: z.string(),
  status: awardStatusSchema,
  supersededById: uuidSchema.nullable(),
  revokedReason: z.string().nullable(),
});
export type Award = z.infer<typeof awardSchema>;
