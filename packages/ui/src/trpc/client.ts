import type { AppRouter } from '@bacc/api';
import { createTRPCClient, httpBatchLink, type inferRouterClient } from '@trpc/client';
import superjson from 'superjson';

export type BaccClient = inferRouterClient<AppRouter>;

/**
 * The browser's tRPC client. Same-origin `/trpc`, so the session cookie travels and the
 * server's CSRF check sees a same-origin `Origin` and a JSON content type on every POST.
 */
export function createTrpcClient(url = '/trpc'): BaccClient {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url, transformer: superjson })],
  });
}
