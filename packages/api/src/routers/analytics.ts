import { analyticsInputSchema } from '@bacc/schema';
import { trustProcedure } from '../procedures.ts';
import { analyticsOverview } from '../services/analytics/overview.ts';
import { router } from '../trpc.ts';

export const analyticsRouter = router({
  overview: trustProcedure
    .input(analyticsInputSchema)
    .query(({ ctx, input }) => analyticsOverview(ctx, ctx.scope, input)),
});
