import { authRouter } from './routers/auth.ts';
import { centreRouter } from './routers/centre.ts';
import { inviteRouter } from './routers/invites.ts';
import { trustRouter } from './routers/trust.ts';
import { verificationRouter } from './routers/verification.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  trust: trustRouter,
  centre: centreRouter,
  verification: verificationRouter,
  invite: inviteRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
