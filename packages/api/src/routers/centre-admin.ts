import {
  centreProgrammeSchema,
  staffInviteInputSchema,
  userAccessInputSchema,
  userRefSchema,
} from '@bacc/schema';
import { z } from 'zod';
import { centreAdminProcedure } from '../procedures.ts';
import {
  applyForAccreditation,
  getCentreAccreditation,
  previewProgramme,
} from '../services/accreditation/accreditations.ts';
import {
  changeUserAccess,
  inviteUser,
  listUsers,
  resetUserPassword,
  setUserDisabled,
} from '../services/users/users.ts';
import { router } from '../trpc.ts';

/** A centre admin's accreditation application. */
export const centreAccreditationRouter = router({
  get: centreAdminProcedure.query(({ ctx }) => getCentreAccreditation(ctx, ctx.scope)),
  check: centreAdminProcedure
    .input(z.object({ programme: centreProgrammeSchema }))
    .mutation(({ ctx, input }) => previewProgramme(ctx, ctx.scope, input.programme)),
  submitApplication: centreAdminProcedure
    .input(z.object({ programme: centreProgrammeSchema }))
    .mutation(({ ctx, input }) => applyForAccreditation(ctx, ctx.scope, input.programme)),
});

/** A centre admin's own staff: every verb limited to the centre in the input. */
export const centreStaffRouter = router({
  list: centreAdminProcedure.query(({ ctx }) =>
    listUsers(ctx, ctx.scope, { centreId: ctx.scope.centreId }),
  ),
  invite: centreAdminProcedure
    .input(z.object({ user: staffInviteInputSchema }))
    .mutation(({ ctx, input }) =>
      inviteUser(
        ctx,
        ctx.scope,
        { ...input.user, centreId: ctx.scope.centreId },
        { centreId: ctx.scope.centreId },
      ),
    ),
  changeAccess: centreAdminProcedure
    .input(userAccessInputSchema.omit({ centreId: true }))
    .mutation(({ ctx, input }) =>
      changeUserAccess(
        ctx,
        ctx.scope,
        { ...input, centreId: ctx.scope.centreId },
        { centreId: ctx.scope.centreId },
      ),
    ),
  disable: centreAdminProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) =>
      setUserDisabled(ctx, ctx.scope, input.userId, true, { centreId: ctx.scope.centreId }),
    ),
  enable: centreAdminProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) =>
      setUserDisabled(ctx, ctx.scope, input.userId, false, { centreId: ctx.scope.centreId }),
    ),
  resetPassword: centreAdminProcedure
    .input(userRefSchema)
    .mutation(({ ctx, input }) =>
      resetUserPassword(ctx, ctx.scope, input.userId, { centreId: ctx.scope.centreId }),
    ),
});
