import {
  destinationCheckpointSchema,
  destinationInputSchema,
  leavingYearSchema,
  uuidSchema,
} from '@bacc/schema';
import { z } from 'zod';
import { centreProcedure } from '../procedures.ts';
import {
  learnerDestinations,
  leaversWithoutDestination,
  recordDestination,
} from '../services/destinations/destinations.ts';
import { router } from '../trpc.ts';

export const destinationsRouter = router({
  forLearner: centreProcedure
    .input(z.object({ learnerId: uuidSchema }))
    .query(({ ctx, input }) => learnerDestinations(ctx, ctx.scope, input.learnerId)),
  missing: centreProcedure
    .input(
      z.object({
        checkpoint: destinationCheckpointSchema,
        leavingYear: leavingYearSchema.optional(),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(({ ctx, input }) => leaversWithoutDestination(ctx, ctx.scope, input)),
  record: centreProcedure
    .input(
      z.object({
        learnerId: uuidSchema,
        checkpoint: destinationCheckpointSchema,
        /** null for a first entry; otherwise the version the editor started from. */
        version: z.number().int().min(1).nullable(),
        destination: destinationInputSchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      recordDestination(
        ctx,
        ctx.scope,
        input.learnerId,
        input.checkpoint,
        input.version,
        input.destination,
      ),
    ),
});
