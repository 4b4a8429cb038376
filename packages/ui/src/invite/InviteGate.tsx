import type { ReactNode } from 'react';
import { AppShell } from '../shell/AppShell.tsx';
import { AcceptInvitePage } from './AcceptInvitePage.tsx';
import { isAcceptInvitePath } from './inviteToken.ts';

/**
 * The accept-invite page is reached before anyone can sign in, so it is shown without the
 * sign-in gate; every other path goes on to `children` (the app behind AuthGate).
 */
export function InviteGate({
  area,
  homeHref,
  children,
}: {
  area: string;
  homeHref: string;
  children: ReactNode;
}) {
  if (!isAcceptInvitePath(window.location.pathname)) return <>{children}</>;
  return (
    <AppShell area={area} homeHref={homeHref}>
      <AcceptInvitePage signInHref={homeHref} />
    </AppShell>
  );
}
