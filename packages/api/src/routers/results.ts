import { evidenceRefSchema, resultInputSchema } from '@bacc/schema';
import { z } from 'zod';
import { centreProcedure } from '../procedures.ts';
import { addResult, editResult, removeResult } from '../services/evidence/results.ts';
import { router } from '../trpc.ts';

export const resultsRouter = router({
  create: centreProcedure
    .input(z.object({ result: resultInputSchema }))
    .mutation(({ ctx, input }) => addResult(ctx, ctx.scope, input.result)),
  update: centreProcedure
    .input(evidenceRefSchema.extend({ result: resultInputSchema }))
    .mutation(({ ctx, input }) => editResult(ctx, ctx.scope, input, input.result)),
  delete: centreProcedure
    .input(evidenceRefSchema)
    .mutation(({ ctx, input }) => removeResult(ctx, ctx.scope, input)),
});
