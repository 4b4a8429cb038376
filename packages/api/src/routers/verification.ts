import { verificationCodeInputSchema } from '@bacc/schema';
import { checkVerificationCode } from '../services/verification.ts';
import { publicProcedure, router } from '../trpc.ts';

export const verificationRouter = router({
  // Any trust's award, whoever asks: a signed-in user's own trust must not narrow the answer.
  check: publicProcedure
    .meta({ rowScope: 'system' })
    .input(verificationCodeInputSchema)
    .query(({ ctx, input }) => checkVerificationCode(ctx, input.code)),
});
