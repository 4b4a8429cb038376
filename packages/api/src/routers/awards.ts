import {
  awardComponentsPublicInputSchema,
  awardListInputSchema,
  awardReasonInputSchema,
  awardRefInputSchema,
  trustAwardListInputSchema,
} from '@bacc/schema';
import { centreProcedure, trustProcedure } from '../procedures.ts';
import { setComponentsPublic } from '../services/awards/components.ts';
import { reissueAward } from '../services/awards/reissue.ts';
import { revokeAward } from '../services/awards/revoke.ts';
import { awardCredentialFile, awardView, listAwards } from '../services/awards/view.ts';
import { router } from '../trpc.ts';

const paging = (input: { page: number; pageSize: number }) => ({
  limit: input.pageSize,
  offset: (input.page - 1) * input.pageSize,
});

/** Centre staff: their centre's awards, codes, credentials and the public-components choice. */
export const centreAwardsRouter = router({
  list: centreProcedure
    .input(awardListInputSchema)
    .query(({ ctx, input }) => listAwards(ctx, ctx.scope, { ...input, ...paging(input) })),
  get: centreProcedure
    .input(awardRefInputSchema)
    .query(({ ctx, input }) => awardView(ctx, ctx.scope, input.awardId)),
  credential: centreProcedure
    .input(awardRefInputSchema)
    .query(({ ctx, input }) => awardCredentialFile(ctx, ctx.scope, input.awardId)),
  setComponentsPublic: centreProcedure
    .input(awardComponentsPublicInputSchema)
    .mutation(({ ctx, input }) =>
      setComponentsPublic(ctx, ctx.scope, input.awardId, input.componentsPublic),
    ),
});

/** Trust admins: every centre's awards; revoke or reissue, always with a reason. */
export const trustAwardsRouter = router({
  list: trustProcedure
    .input(trustAwardListInputSchema)
    .query(({ ctx, input }) =>
      listAwards(
        ctx,
        { trustId: ctx.scope.trustId, centreId: input.centreId },
        { ...input, ...paging(input) },
      ),
    ),
  get: trustProcedure
    .input(awardRefInputSchema)
    .query(({ ctx, input }) => awardView(ctx, ctx.scope, input.awardId)),
  revoke: trustProcedure
    .input(awardReasonInputSchema)
    .mutation(({ ctx, input }) => revokeAward(ctx, ctx.scope, input.awardId, input.reason)),
  reissue: trustProcedure
    .input(awardReasonInputSchema)
    .mutation(({ ctx, input }) => reissueAward(ctx, ctx.scope, input.awardId, input.reason)),
});
