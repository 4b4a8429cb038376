import { activityInputSchema, evidenceRefSchema } from '@bacc/schema';
import { z } from 'zod';
import { centreProcedure } from '../procedures.ts';
import { addActivity, editActivity, removeActivity } from '../services/evidence/activities.ts';
import { router } from '../trpc.ts';

export const activitiesRouter = router({
  create: centreProcedure
    .input(z.object({ activity: activityInputSchema }))
    .mutation(({ ctx, input }) => addActivity(ctx, ctx.scope, input.activity)),
  update: centreProcedure
    .input(evidenceRefSchema.extend({ activity: activityInputSchema }))
    .mutation(({ ctx, input }) => editActivity(ctx, ctx.scope, input, input.activity)),
  delete: centreProcedure
    .input(evidenceRefSchema)
    .mutation(({ ctx, input }) => removeActivity(ctx, ctx.scope, input)),
});
