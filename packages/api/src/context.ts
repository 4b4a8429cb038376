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

/** Server-held secrets: never sent to a browser, never logged. */
export interface ServerSecrets {
  /** 32 bytes: seals issuer keys at rest and derives award verification codes. */
  key: Uint8Array;
}

/**
 * A fixed secret for tests and scripts that build a context by hand; the server always passes
 * its own (BACC_SECRET_KEY or the data folder's secret.key).
 */
export const testSecrets: ServerSecrets = {
  key: new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256),
};

export interface Context {
  /** Inside a procedure: its transaction, working as the application role in the caller's row scope. */
  db: Kysely<Database>;
  /**
   * The connection pool itself, for work that outlives the request (a background job) and must
   * name its tenancy in every query; unset outside procedures, where `db` is the pool.
   */
  rootDb?: Kysely<Database>;
  /** Starts work (a background job) once the procedure's transaction has committed. */
  afterCommit?: (work: () => void) => void;
  user: SessionUser | null;
  sessionTokenHash: string | null;
  /**
   * The session cookie's token, resolved to `user` inside the procedure's transaction (the
   * lookup by token is one of the narrow cross-tenant reads row-level security allows).
   */
  sessionToken?: string | null;
  auth: AuthSettings;
  cookies: SessionCookieJar;
  request: { ip: string | null; userAgent: string | null };
  now: () => Date;
  secrets: ServerSecrets;
  /** Where this server is reached from outside: issuer URL, verification links, status lists. */
  publicUrl: string;
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
    secrets: testSecrets,
    publicUrl: 'http://localhost:3000',
    ...opts,
  };
}
