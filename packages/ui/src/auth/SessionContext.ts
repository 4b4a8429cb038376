import { createContext, useContext } from 'react';
import type { SessionUser } from '../trpc/types.ts';

export interface Session {
  user: SessionUser;
  signOut: () => void;
  signingOut: boolean;
  /** Why the last sign-out failed, in words for the user; null when it did not fail. */
  signOutError: string | null;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside <AuthGate>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <AuthGate>');
  return session;
}
