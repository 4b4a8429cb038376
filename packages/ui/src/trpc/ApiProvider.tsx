import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createTrpcClient } from './client.ts';
import { TRPCProvider } from './context.ts';
import { createQueryClient } from './queryClient.ts';

/** Sets up one QueryClient and one tRPC client for the app's lifetime. */
export function ApiProvider({ children, url }: { children: ReactNode; url?: string }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createTrpcClient(url));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
