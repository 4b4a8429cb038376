import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../trpc/context.ts';
import { errorCode } from '../trpc/errors.ts';

/** When any call says UNAUTHORIZED while signed in, the session has ended: ask who we are again. */
export function useSessionExpiry(signedIn: boolean, onExpired: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!signedIn) return;
    const mePath = JSON.stringify(trpc.auth.me.pathKey()[0]);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (JSON.stringify(event.query.queryKey[0]) === mePath) return;
      if (errorCode(event.action.error) !== 'UNAUTHORIZED') return;
      onExpired();
      void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
    });
  }, [signedIn, queryClient, trpc, onExpired]);
}
