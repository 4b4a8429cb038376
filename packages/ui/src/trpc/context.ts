import type { AppRouter } from '@bacc/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** The tRPC + react-query bindings every signed-in app uses: `const trpc = useTRPC()`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
