import type { SessionCookieJar } from '@bacc/api';

export function sessionCookieName(secure: boolean) {
  // __Host- binds the cookie to this exact host over HTTPS, path /, so a subdomain cannot plant one.
  return secure ? '__Host-bacc_session' : 'bacc_session';
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** A jar that writes Set-Cookie into the response headers tRPC will send. */
export function sessionCookieJar(headers: Headers, secure: boolean): SessionCookieJar {
  const name = sessionCookieName(secure);
  const attrs = `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  return {
    set(token, expiresAt) {
      headers.append(
        'Set-Cookie',
        `${name}=${token}; ${attrs}; Expires=${expiresAt.toUTCString()}`,
      );
    },
    clear() {
      headers.append('Set-Cookie', `${name}=; ${attrs}; Max-Age=0`);
    },
  };
}
