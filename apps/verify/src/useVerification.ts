import { describeError, fetchQuery, type VerificationResult } from '@bacc/ui';
import { useCallback, useEffect, useRef, useState } from 'react';

export type VerificationState =
  | { kind: 'idle' }
  | { kind: 'checking'; code: string }
  | { kind: 'answered'; code: string; result: VerificationResult; byUser: boolean }
  | { kind: 'failed'; code: string; message: string };

/**
 * Asks the API about one code at a time; a newer check cancels an older one. Starts from the
 * server's answer when the page was rendered with one.
 */
export function useVerification(initialState: VerificationState | null = null) {
  const [state, setState] = useState<VerificationState>(initialState ?? { kind: 'idle' });
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const check = useCallback(async (code: string, byUser: boolean) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ kind: 'checking', code });
    try {
      const result = await fetchQuery<VerificationResult>(
        'verification.check',
        { code },
        controller.signal,
      );
      if (!controller.signal.aborted) setState({ kind: 'answered', code, result, byUser });
    } catch (error) {
      if (!controller.signal.aborted) {
        setState({ kind: 'failed', code, message: describeError(error) });
      }
    }
  }, []);

  return { state, check };
}
