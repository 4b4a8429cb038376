import {
  moderationLearnerInputSchema,
  moderationLearnersInputSchema,
  moderationSampleInputSchema,
} from '@bacc/schema';
import { trustProcedure } from '../procedures.ts';
import { inspectSubmissionLearner } from '../services/moderation/inspect.ts';
import {
  listModerationLearners,
  sampleModerationLearners,
} from '../services/moderation/learners.ts';
import { router } from '../trpc.ts';

/** What a moderator reads before returning or approving a submission (trust.submissions.*). */
export const moderationRouter = router({
  learners: trustProcedure
    .input(moderationLearnersInputSchema)
    .query(({ ctx, input }) => listModerationLearners(ctx, ctx.scope, input.submissionId)),
  sample: trustProcedure
    .input(moderationSampleInputSchema)
    .query(({ ctx, input }) => sampleModerationLearners(ctx, ctx.scope, input)),
  learner: trustProcedure
    .input(moderationLearnerInputSchema)
    .query(({ ctx, input }) =>
      inspectSubmissionLearner(ctx, ctx.scope, input.submissionId, input.learnerId),
    ),
});
