import type { SessionUser } from '@bacc/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { publicProcedure } from './trpc.ts';

/** Signed in, with a live session. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { user: ctx.user as SessionUser } });
});

/**
 * A trust admin acting on their own trust: the trust is named in the input and checked against
 * the session on every call, so a request naming another trust is refused before any query runs.
 */
export const trustProcedure = authedProcedure
  .input(z.object({ trustId: z.uuid('Not a valid trust identifier') }))
  .use(({ ctx, input, next }) => {
    if (ctx.user.role !== 'trust_admin' || ctx.user.trustId !== input.trustId) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Only this trust’s administrators can do that.',
      });
    }
    return next({ ctx: { scope: { trustId: ctx.user.trustId } } });
  });

/** Centre staff acting on their own centre, named in the input and checked on every call. */
export const centreProcedure = authedProcedure
  .input(z.object({ centreId: z.uuid('Not a valid centre identifier') }))
  .use(({ ctx, input, next }) => {
    if (ctx.user.centreId === null || ctx.user.centreId !== input.centreId) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'You can only work with your own centre’s records.',
      });
    }
    return next({ ctx: { scope: { trustId: ctx.user.trustId, centreId: input.centreId } } });
  });

/** A centre admin of the named centre. */
export const centreAdminProcedure = centreProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'centre_admin') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only a centre administrator can do that.' });
  }
  return next();
});
