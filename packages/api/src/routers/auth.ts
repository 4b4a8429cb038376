import { loginInputSchema } from '@bacc/schema';
import { authedProcedure } from '../procedures.ts';
import { signIn, signOut } from '../services/auth.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  login: publicProcedure.input(loginInputSchema).mutation(({ ctx, input }) => signIn(ctx, input)),
  logout: authedProcedure.mutation(({ ctx }) => signOut(ctx)),
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
