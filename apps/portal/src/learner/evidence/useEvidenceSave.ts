import { useTRPC } from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldErrors, serverFailure } from '../forms.ts';

export interface SaveFailure {
  fields: FieldErrors;
  message: string;
  current: Record<string, unknown> | null;
  conflict: boolean;
}

/**
 * Saves one piece of a learner's record and refreshes the record afterwards. A refused save
 * keeps the user's draft and says why; a stale one carries the values someone else saved.
 */
export function useEvidenceSave<Vars>(
  centreId: string,
  learnerId: string,
  wrapper: string,
  save: (vars: Vars) => Promise<unknown>,
  onSaved: () => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.centre.learners.record.queryKey({ centreId, learnerId }),
    });
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setFailure(null),
    onSuccess: async () => {
      await refresh();
      onSaved();
    },
    onError: (error) => {
      setFailure(serverFailure(error, wrapper));
      setAttempt((n) => n + 1);
    },
  });
  return {
    run: (vars: Vars) => mutation.mutate(vars),
    busy: mutation.isPending,
    failure,
    attempt,
    clearFailure: () => setFailure(null),
    refresh,
  };
}
