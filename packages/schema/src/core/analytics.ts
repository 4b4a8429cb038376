import { z } from 'zod';
import { leavingYearSchema } from './dates.ts';
import { uuidSchema } from './text.ts';

/** The analytics across the partnership, optionally one cohort year; a centre is compared to the trust. */
export const analyticsInputSchema = z.object({
  leavingYear: leavingYearSchema.optional(),
  centreId: uuidSchema.optional(),
});
export type AnalyticsInput = z.infer<typeof analyticsInputSchema>;
