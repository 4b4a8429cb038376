import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Message } from '../components/Message.tsx';
import { focusMainHeading } from './focus.ts';
import { ShellContext } from './ShellContext.ts';
import { UserMenu, type UserMenuProps } from './UserMenu.tsx';

export interface AppShellProps {
  /** The app's area, e.g. "Trust admin". */
  area: string;
  /** Where the product name links to: the app's home. */
  homeHref: string;
  /** The signed-in user; omit on public pages and the sign-in page. */
  user?: UserMenuProps['user'] | null;
  onSignOut?: () => void;
  signingOut?: boolean;
  /** Shown above the page when signing out failed. */
  signOutError?: string | null;
  /** Navigation links, each an <a> (or router Link); shown only when given. */
  nav?: ReactNode[];
  /** Changes when the route changes; focus then moves to the new page's h1. */
  routeKey?: string;
  children: ReactNode;
}

export function AppShell({
  area,
  homeHref,
  user,
  onSignOut,
  signingOut,
  signOutError,
  nav,
  routeKey,
  children,
}: AppShellProps) {
  const shell = useMemo(() => ({ area }), [area]);
  const previousRoute = useRef(routeKey);

  useEffect(() => {
    if (previousRoute.current === routeKey) return;
    previousRoute.current = routeKey;
    focusMainHeading();
  }, [routeKey]);

  return (
    <ShellContext.Provider value={shell}>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="shell-header">
          <div className="shell-header-inner">
            <div className="shell-brand">
              <a className="shell-product" href={homeHref}>
                Bacc
              </a>
              <span className="shell-area">{area}</span>
            </div>
            {user && onSignOut ? (
              <UserMenu user={user} onSignOut={onSignOut} signingOut={signingOut} />
            ) : null}
          </div>
        </header>
        {nav && nav.length > 0 ? (
          <nav className="shell-nav" aria-label="Main">
            <div className="shell-nav-inner">
              <ul>
                {nav.map((item, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the nav is a fixed list
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </div>
          </nav>
        ) : null}
        <main className="shell-main" id="main" tabIndex={-1}>
          <div className="shell-main-inner">
            {signOutError ? (
              <Message tone="danger" live="alert" title="You are still signed in">
                <p>{signOutError}</p>
              </Message>
            ) : null}
            {children}
          </div>
        </main>
        <footer className="shell-footer">
          <div className="shell-footer-inner">
            <p>Bacc: open-source software for Baccalaureate-style leavers' awards.</p>
          </div>
        </footer>
      </div>
    </ShellContext.Provider>
  );
}
