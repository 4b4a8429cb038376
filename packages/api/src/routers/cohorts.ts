import { cohortCreateInputSchema, dashboardInputSchema } from '@bacc/schema';
import { centreAdminProcedure, centreProcedure } from '../procedures.ts';
import { createCohort, listCohorts, listPublishedFrameworks } from '../services/cohorts/cohorts.ts';
import { cohortDashboard } from '../services/dashboard/dashboard.ts';
import { router } from '../trpc.ts';

export const cohortsRouter = router({
  list: centreProcedure.query(({ ctx }) => listCohorts(ctx, ctx.scope)),
  create: centreAdminProcedure
    .input(cohortCreateInputSchema)
    .mutation(({ ctx, input }) => createCohort(ctx, ctx.scope, input)),
  dashboard: centreProcedure
    .input(dashboardInputSchema)
    .query(({ ctx, input }) => cohortDashboard(ctx, ctx.scope, input.leavingYear)),
});

export const centreFrameworksRouter = router({
  published: centreProcedure.query(({ ctx }) => listPublishedFrameworks(ctx, ctx.scope)),
});
