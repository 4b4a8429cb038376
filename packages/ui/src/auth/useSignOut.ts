import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/context.ts';

/**
 * Sign out: end the session on the server, then forget the user and every cached answer so
 * that nothing of theirs stays in memory for the next person at this computer.
 */
export function useSignOut(onSignedOut: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const meKey = trpc.auth.me.queryKey();
  const mePath = JSON.stringify(trpc.auth.me.pathKey()[0]);

  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        onSignedOut();
        queryClient.setQueryData(meKey, null);
        queryClient.removeQueries({
          predicate: (query) => JSON.stringify(query.queryKey[0]) !== mePath,
        });
        queryClient.getMutationCache().clear();
      },
    }),
  );
}
