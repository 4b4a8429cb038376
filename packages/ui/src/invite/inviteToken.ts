/** The page that sets a password from a single-use link, in either app. */
export const isAcceptInvitePath = (pathname: string) => /\/accept-invite\/?$/.test(pathname);

/** The token from `?token=…`, or null when the link was cut short. */
export function inviteTokenFrom(search: string): string | null {
  const token = new URLSearchParams(search).get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** The full link to pass on: the server gives a path; this app's address is the public one. */
export const inviteLinkFor = (path: string, origin: string) => `${origin}${path}`;
