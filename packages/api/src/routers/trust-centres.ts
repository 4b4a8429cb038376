import { accreditationDecisionSchema, centreAdminInputSchema, uuidSchema } from '@bacc/schema';
import { z } from 'zod';
import { trustProcedure } from '../procedures.ts';
import {
  decideAccreditation,
  getAccreditationForReview,
  listAccreditationsForReview,
} from '../services/accreditation/accreditations.ts';
import { addCentre, editCentre, getCentre } from '../services/accreditation/centres.ts';
import { router } from '../trpc.ts';

const centreRef = z.object({ centreId: uuidSchema });

/** Added to `trust.centres` beside its `list`. */
export const trustCentreProcedures = {
  get: trustProcedure
    .input(centreRef)
    .query(({ ctx, input }) => getCentre(ctx, ctx.scope, input.centreId)),
  create: trustProcedure
    .input(z.object({ centre: centreAdminInputSchema }))
    .mutation(({ ctx, input }) => addCentre(ctx, ctx.scope, input.centre)),
  update: trustProcedure
    .input(centreRef.extend({ version: z.number().int().min(1), centre: centreAdminInputSchema }))
    .mutation(({ ctx, input }) =>
      editCentre(ctx, ctx.scope, input.centreId, input.version, input.centre),
    ),
};

export const trustAccreditationRouter = router({
  list: trustProcedure.query(({ ctx }) => listAccreditationsForReview(ctx, ctx.scope)),
  get: trustProcedure
    .input(centreRef)
    .query(({ ctx, input }) => getAccreditationForReview(ctx, ctx.scope, input.centreId)),
  decide: trustProcedure
    .input(accreditationDecisionSchema)
    .mutation(({ ctx, input }) => decideAccreditation(ctx, ctx.scope, input)),
});
