import { AppShell, AuthGate, InviteGate, useSession, WrongArea } from '@bacc/ui';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';

export const AREA = 'Trust admin';
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
  const isTrustAdmin = user.role === 'trust_admin';
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
        isTrustAdmin
          ? [
              <Link key="centres" to="/">
                Centres
              </Link>,
              <Link key="accreditation" to="/accreditation">
                Accreditation
              </Link>,
              <Link key="qualifications" to="/qualifications">
                Qualifications
              </Link>,
              <Link key="users" to="/users">
                Users
              </Link>,
              <Link key="frameworks" to="/frameworks">
                Frameworks
              </Link>,
              <Link key="moderation" to="/moderation">
                Moderation
              </Link>,
              <Link key="awards" to="/awards">
                Awards
              </Link>,
              <Link key="analytics" to="/analytics">
                Analytics
              </Link>,
              <Link key="audit" to="/audit">
                Audit log
              </Link>,
              <Link key="data-protection" to="/data-protection">
                Privacy
              </Link>,
            ]
          : []
      }
    >
      {isTrustAdmin ? (
        <Outlet />
      ) : (
        <WrongArea
          title="This area is for trust admins"
          message={`You are signed in as ${user.displayName}, who works at ${user.centreName ?? user.trustName}. Your learners and awards are in the centre portal.`}
          href="/portal/"
          linkText="Go to the centre portal"
        />
      )}
    </AppShell>
  );
}
