import type { Db } from './scope.ts';

export interface NewSession {
  tokenHash: string;
  userId: string;
  trustId: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export function createSession(db: Db, s: NewSession) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      trust_id: s.trustId,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 400) ?? null,
    })
    .execute();
}

/**
 * The session and its user, if the session is unrevoked, before its absolute expiry, seen
 * since the idle cut-off, and the user is enabled. A session is the key to its own tenant.
 */
export function findLiveSession(db: Db, tokenHash: string, now: Date, idleCutoff: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('trusts', 'trusts.id', 'users.trust_id')
    .leftJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'users.centre_id')
        .onRef('centres.trust_id', '=', 'users.trust_id'),
    )
    .select([
      'sessions.token_hash as tokenHash',
      'sessions.last_seen_at as lastSeenAt',
      'users.id',
      'users.email',
      'users.display_name as displayName',
      'users.role',
      'users.trust_id as trustId',
      'trusts.name as trustName',
      'users.centre_id as centreId',
      'centres.name as centreName',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', idleCutoff)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(db: Db, tokenHash: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export function revokeSession(db: Db, tokenHash: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

export function revokeUserSessions(db: Db, userId: string, now: Date) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
