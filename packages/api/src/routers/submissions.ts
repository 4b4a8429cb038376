import {
  dashboardInputSchema,
  submissionCreateInputSchema,
  submissionDecideInputSchema,
  submissionListInputSchema,
  submissionReturnInputSchema,
} from '@bacc/schema';
import { centreAdminProcedure, centreProcedure, trustProcedure } from '../procedures.ts';
import { submissionCandidates } from '../services/submissions/candidates.ts';
import { decideSubmission, listSubmissions } from '../services/submissions/decide.ts';
import { submitForAward } from '../services/submissions/submit.ts';
import { router } from '../trpc.ts';

/** The centre's side: a centre admin submits a cohort, or chosen learners of it, for award. */
export const centreSubmissionsRouter = router({
  candidates: centreProcedure
    .input(dashboardInputSchema)
    .query(({ ctx, input }) => submissionCandidates(ctx, ctx.scope, input.leavingYear)),
  create: centreAdminProcedure
    .input(submissionCreateInputSchema)
    .mutation(({ ctx, input }) => submitForAward(ctx, ctx.scope, input)),
});

/** The trust's side: see submissions, return one with a comment, or approve it. */
export const trustSubmissionsRouter = router({
  list: trustProcedure
    .input(submissionListInputSchema)
    .query(({ ctx, input }) => listSubmissions(ctx, ctx.scope, input.status)),
  return: trustProcedure
    .input(submissionReturnInputSchema)
    .mutation(({ ctx, input }) =>
      decideSubmission(ctx, ctx.scope, input.submissionId, 'returned', input.comment),
    ),
  approve: trustProcedure
    .input(submissionDecideInputSchema)
    .mutation(({ ctx, input }) =>
      decideSubmission(ctx, ctx.scope, input.submissionId, 'approved', null),
    ),
});
