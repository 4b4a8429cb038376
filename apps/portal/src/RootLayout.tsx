import { AppShell, AuthGate, InviteGate, useSession, WrongArea } from '@bacc/ui';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { centreAdminNav } from './accreditation/nav.tsx';
import { cohortNav } from './cohorts/nav.tsx';

export const AREA = 'Centre portal';
export const HOME = import.meta.env.BASE_URL;

export function RootLayout() {
  return (
    <InviteGate area={AREA} homeHref={HOME}>
      <AuthGate area={AREA} homeHref={HOME}>
        <SignedInLayout />
      </AuthGate>
    </InviteGate>
  );
}

function SignedInLayout() {
  const { user, signOut, signingOut, signOutError } = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const atCentre = user.role !== 'trust_admin' && user.centreId !== null;
  return (
    <AppShell
      area={AREA}
      homeHref={HOME}
      user={user}
      onSignOut={signOut}
      signingOut={signingOut}
      signOutError={signOutError}
      routeKey={pathname}
      nav={
        atCentre
          ? [
              <Link key="learners" to="/">
                Learners
              </Link>,
              ...cohortNav(user.role === 'centre_admin'),
              <Link key="import" to="/import">
                Import
              </Link>,
              ...centreAdminNav(user.role === 'centre_admin'),
            ]
          : []
      }
    >
      {atCentre ? (
        <Outlet />
      ) : (
        <WrongArea
          title="This area is for centre staff"
          message={`You are signed in as ${user.displayName}, a trust admin for ${user.trustName}. The trust’s centres and awards are managed in the trust admin area.`}
          href="/admin/"
          linkText="Go to trust admin"
        />
      )}
    </AppShell>
  );
}
