import { z } from 'zod';
import { awardStatusSchema } from './award.ts';
import { leavingYearSchema } from './dates.ts';
import { uuidSchema } from './text.ts';

export const awardRefInputSchema = z.object({ awardId: uuidSchema });

/** Awards newest first, a page at a time, narrowed by status, leaving year or learner name. */
export const awardListInputSchema = z.object({
  status: awardStatusSchema.optional(),
  leavingYear: leavingYearSchema.optional(),
  search: z.string().trim().max(100, 'Search for at most 100 characters').optional(),
  /** One learner's awards (the learner page's award panel). */
  learnerId: uuidSchema.optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type AwardListInput = z.infer<typeof awardListInputSchema>;

/** Trust admins see every centre's awards, or one centre's. */
export const trustAwardListInputSchema = awardListInputSchema.extend({
  centreId: uuidSchema.optional(),
});

/** Revoking or reissuing always says why; the reason is kept with the award. */
export const awardReasonInputSchema = awardRefInputSchema.extend({
  reason: z
    .string()
    .trim()
    .min(3, 'Give a reason (a few words): it is kept with the award')
    .max(500, 'Keep the reason under 500 characters'),
});

export const awardComponentsPublicInputSchema = awardRefInputSchema.extend({
  componentsPublic: z.boolean(),
});
