import { z } from 'zod';
import { leavingYearSchema } from './dates.ts';
import { shortTextSchema, uuidSchema } from './text.ts';

/** Submit a whole cohort (no learnerIds) or the chosen learners of it. */
export const submissionCreateInputSchema = z.object({
  leavingYear: leavingYearSchema,
  learnerIds: z
    .array(uuidSchema)
    .min(1, 'Choose at least one learner to submit')
    .max(5_000, 'Submit at most 5,000 learners at once')
    .optional(),
});
export type SubmissionCreateInput = z.infer<typeof submissionCreateInputSchema>;

export const submissionStatusSchema = z.enum(['pending', 'returned', 'approved']);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const submissionReturnInputSchema = z.object({
  submissionId: uuidSchema,
  comment: shortTextSchema('A comment for the centre', 2000),
});

export const submissionDecideInputSchema = z.object({ submissionId: uuidSchema });

export const submissionListInputSchema = z.object({
  status: submissionStatusSchema.optional(),
});
