import { z } from 'zod';
import { leavingYearSchema } from './dates.ts';
import { uuidSchema } from './text.ts';

/** A new cohort: a leaving year of the centre, pinned to one of the trust's published versions. */
export const cohortCreateInputSchema = z.object({
  leavingYear: leavingYearSchema,
  frameworkVersionId: z.uuid('Choose a published framework version'),
});
export type CohortCreateInput = z.infer<typeof cohortCreateInputSchema>;

/** A framework id (tier, pathway or component) as it appears in a decision. */
export const decisionKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(64, 'Too long for a framework id')
  .regex(/^[a-z0-9_]+$/, 'Not a framework id');

/** "none" stands for learners with no award yet. */
export const NO_AWARD = 'none';

export const dashboardInputSchema = z.object({ leavingYear: leavingYearSchema });

export const cohortRefSchema = z.object({ cohortId: uuidSchema });
