import { learnerListInputSchema } from '@bacc/schema';
import { centreProcedure } from '../procedures.ts';
import { listCentreLearners } from '../services/learners.ts';
import { router } from '../trpc.ts';

export const centreRouter = router({
  learners: router({
    list: centreProcedure
      .input(learnerListInputSchema.omit({ centreId: true }))
      .query(({ ctx, input }) => listCentreLearners(ctx, ctx.scope, input)),
  }),
});
