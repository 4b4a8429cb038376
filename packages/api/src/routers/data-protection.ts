import { uuidSchema } from '@bacc/schema';
import { z } from 'zod';
import { centreAdminProcedure, trustProcedure } from '../procedures.ts';
import {
  eraseLearner,
  exportLearnerData,
  leaverRetention,
  setLeaverRetention,
} from '../services/data-protection/index.ts';
import { router } from '../trpc.ts';

export const centreDataProtectionRouter = router({
  exportLearner: centreAdminProcedure
    .input(z.object({ learnerId: uuidSchema }))
    .query(({ ctx, input }) => exportLearnerData(ctx, ctx.scope, input.learnerId)),
  eraseLearner: centreAdminProcedure
    .input(
      z.object({
        learnerId: uuidSchema,
        confirmName: z.string().max(210),
        reason: z.string().max(500, 'Keep the reason under 500 characters'),
      }),
    )
    .mutation(({ ctx, input }) => eraseLearner(ctx, ctx.scope, input)),
});

export const trustDataProtectionRouter = router({
  retention: trustProcedure.query(({ ctx }) => leaverRetention(ctx, ctx.scope)),
  setRetention: trustProcedure
    .input(
      z.object({
        years: z
          .number()
          .int('Whole years only')
          .min(1, 'Keep records for at least a year')
          .max(50, 'Keep records for at most 50 years')
          .nullable(),
      }),
    )
    .mutation(({ ctx, input }) => setLeaverRetention(ctx, ctx.scope, input.years)),
});
