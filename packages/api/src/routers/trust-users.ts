import { userAccessInputSchema, userInviteInputSchema, userRefSchema } from '@bacc/schema';
import { z } from 'zod';
import { trustProcedure } from '../procedures.ts';
import {
  changeUserAccess,
  inviteUser,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from '../services/users/users.ts';
import { router } from '../trpc.ts';

export const trustUsersRouter = router({
  list: trustProcedure.query(({ ctx }) => listUsers(ctx, ctx.scope)),
  invite: trustProcedure
    .input(z.object({ user: userInviteInputSchema }))
    .mutation(({ ctx, input }) => inviteUser(ctx, ctx.scope, input.user)),
  changeAccess: trustProcedure
    .input(userAccessInputSchema)
    .mutation(({ ctx, input }) => changeUserAccess(ctx, ctx.scope, input)),
  disable: trustProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, ctx.scope, input.userId, true)),
  enable: trustProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) => setUserDisabled(ctx, ctx.scope, input.userId, false)),
  resetPassword: trustProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) => resetUserPassword(ctx, ctx.scope, input.userId)),
});
