import { verificationCodeInputSchema } from '@bacc/schema';
import { checkVerificationCode } from '../services/verification.ts';
import { publicProcedure, router } from '../trpc.ts';

export const verificationRouter = router({
  check: publicProcedure
    .input(verificationCodeInputSchema)
    .query(({ ctx, input }) => checkVerificationCode(ctx, input.code)),
});
