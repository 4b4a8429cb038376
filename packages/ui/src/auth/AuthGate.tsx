import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { AppShell } from '../shell/AppShell.tsx';
import { ErrorState } from '../states/ErrorState.tsx';
import { LoadingState } from '../states/LoadingState.tsx';
import { useTRPC } from '../trpc/context.ts';
import { describeError } from '../trpc/errors.ts';
import { LoginPage, type SignedOutReason } from './LoginPage.tsx';
import { type Session, SessionContext } from './SessionContext.ts';
import { useSessionExpiry } from './useSessionExpiry.ts';
import { useSignOut } from './useSignOut.ts';

export interface AuthGateProps {
  area: string;
  homeHref: string;
  /** The signed-in app; read the session with useSession(). */
  children: ReactNode;
}

/**
 * Asks the server who is signed in (`auth.me`). Signed out: the sign-in page. Signed in:
 * the app, with the session in context. Loading and failure each get their own screen.
 */
export function AuthGate({ area, homeHref, children }: AuthGateProps) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  const [reason, setReason] = useState<SignedOutReason>(null);
  const onSignedOut = useCallback(() => setReason('signed-out'), []);
  const onExpired = useCallback(() => setReason('expired'), []);
  const signOut = useSignOut(onSignedOut);
  const user = me.data ?? null;
  useSessionExpiry(user !== null, onExpired);

  const session = useMemo<Session | null>(
    () =>
      user
        ? {
            user,
            signOut: () => signOut.mutate(),
            signingOut: signOut.isPending,
            signOutError: signOut.isError ? describeError(signOut.error) : null,
          }
        : null,
    [user, signOut.mutate, signOut.isPending, signOut.isError, signOut.error],
  );

  if (me.isPending) {
    return (
      <AppShell area={area} homeHref={homeHref}>
        <LoadingState label="Checking whether you are signed in…" />
      </AppShell>
    );
  }
  if (me.isError && me.data === undefined) {
    return (
      <AppShell area={area} homeHref={homeHref}>
        <ErrorState
          title="Sorry, Bacc is not available right now"
          error={me.error}
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      </AppShell>
    );
  }
  if (!session) {
    return (
      <AppShell area={area} homeHref={homeHref}>
        <LoginPage reason={reason} />
      </AppShell>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
