import type { Database, Kysely } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';

export interface AuthSettings {
  /** A session unused for this long ends. */
  idleTimeoutMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteTimeoutHours: number;
}

/** What the HTTP layer lets procedures do to the session cookie. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Kysely<Database>;
  user: SessionUser | null;
  sessionTokenHash: string | null;
  auth: AuthSettings;
  cookies: SessionCookieJar;
  request: { ip: string | null; userAgent: string | null };
  now: () => Date;
}

export const defaultAuthSettings: AuthSettings = {
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
};

/** The context without HTTP: tests and scripts build it directly. */
export function createContextInner(opts: Partial<Context> & { db: Kysely<Database> }): Context {
  return {
    user: null,
    sessionTokenHash: null,
    auth: defaultAuthSettings,
    cookies: { set() {}, clear() {} },
    request: { ip: null, userAgent: null },
    now: () => new Date(),
    ...opts,
  };
}
