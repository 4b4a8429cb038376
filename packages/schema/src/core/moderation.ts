import { z } from 'zod';
import { uuidSchema } from './text.ts';

/** A submission's learners with their stored decisions, for the moderator. */
export const moderationLearnersInputSchema = z.object({ submissionId: uuidSchema });

/**
 * A sample of a submission's learners. The same seed on the same submission always draws the
 * same learners, so a moderator (or an auditor) can reproduce it.
 */
export const moderationSampleInputSchema = z.object({
  submissionId: uuidSchema,
  size: z.coerce
    .number({ error: 'Sample size must be a number' })
    .int('Sample size must be a whole number')
    .min(1, 'Sample at least 1 learner')
    .max(500, 'Sample at most 500 learners'),
  seed: z.coerce
    .number({ error: 'Seed must be a number' })
    .int('Seed must be a whole number')
    .min(0, 'Seed must be 0 or more')
    .max(2_147_483_647, 'Seed must be at most 2147483647'),
  stratifyByTier: z.boolean().default(false),
});
export type ModerationSampleInput = z.infer<typeof moderationSampleInputSchema>;

export const moderationLearnerInputSchema = z.object({
  submissionId: uuidSchema,
  learnerId: uuidSchema,
});
