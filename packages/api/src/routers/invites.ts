import { acceptInviteInputSchema, inviteTokenSchema } from '@bacc/schema';
import { z } from 'zod';
import { acceptInvite, inspectInvite } from '../services/users/invites.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Public: the accept-invite page, reached by a single-use link before anyone is signed in. */
export const inviteRouter = router({
  inspect: publicProcedure
    .input(z.object({ token: inviteTokenSchema }))
    .query(({ ctx, input }) => inspectInvite(ctx, input.token)),
  accept: publicProcedure
    .input(acceptInviteInputSchema)
    .mutation(({ ctx, input }) => acceptInvite(ctx, input.token, input.password)),
});
