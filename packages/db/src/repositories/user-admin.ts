import type { Db, TrustScope } from './scope.ts';

export interface UserListQuery {
  centreId?: string | undefined;
}

const userColumns = [
  'u.id',
  'u.email',
  'u.display_name as displayName',
  'u.role',
  'u.centre_id as centreId',
  'u.disabled_at as disabledAt',
  'u.created_at as createdAt',
] as const;

/**
 * The trust's users (or one centre's), with their centre's name and whether they have set a
 * password yet. The password hash itself never leaves the repository.
 */
export function listTrustUsers(db: Db, scope: TrustScope, query: UserListQuery = {}) {
  let q = db
    .selectFrom('users as u')
    .leftJoin('centres as c', (j) =>
      j.onRef('c.id', '=', 'u.centre_id').onRef('c.trust_id', '=', 'u.trust_id'),
    )
    .select(userColumns)
    .select((eb) => [
      'c.name as centreName',
      eb('u.password_hash', 'is not', null).as('hasPassword'),
    ])
    .where('u.trust_id', '=', scope.trustId);
  if (query.centreId) q = q.where('u.centre_id', '=', query.centreId);
  return q.orderBy('u.display_name').orderBy('u.id').execute();
}

export function findTrustUser(db: Db, scope: TrustScope, userId: string) {
  return db
    .selectFrom('users as u')
    .select(userColumns)
    .select((eb) => eb('u.password_hash', 'is not', null).as('hasPassword'))
    .where('u.trust_id', '=', scope.trustId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export function updateUserAccess(
  db: Db,
  scope: TrustScope,
  userId: string,
  set: {
    role?: 'trust_admin' | 'centre_admin' | 'centre_staff';
    centre_id?: string | null;
    display_name?: string;
    disabled_at?: Date | null;
  },
) {
  return db
    .updateTable('users')
    .set({ ...set, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', userId)
    .returning(['id'])
    .executeTakeFirst();
}

export function insertUserInvite(
  db: Db,
  scope: TrustScope,
  invite: {
    tokenHash: string;
    userId: string;
    purpose: 'invite' | 'reset';
    expiresAt: Date;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('user_invites')
    .values({
      token_hash: invite.tokenHash,
      trust_id: scope.trustId,
      user_id: invite.userId,
      purpose: invite.purpose,
      expires_at: invite.expiresAt,
      created_by: invite.createdBy,
    })
    .execute();
}

/** An earlier link stops working once a newer one is issued (or the password is set). */
export function expireUserInvites(db: Db, scope: TrustScope, userId: string, now: Date) {
  return db
    .updateTable('user_invites')
    .set({ used_at: now })
    .where('trust_id', '=', scope.trustId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * An invite is looked up by its token before anyone is signed in: the token's hash is the key,
 * and the trust comes from the row.
 */
export function findUserInvite(db: Db, tokenHash: string) {
  return db
    .selectFrom('user_invites as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .innerJoin('trusts as t', 't.id', 'i.trust_id')
    .select([
      'i.token_hash as tokenHash',
      'i.trust_id as trustId',
      'i.user_id as userId',
      'i.purpose',
      'i.expires_at as expiresAt',
      'i.used_at as usedAt',
      'u.email',
      'u.display_name as displayName',
      'u.disabled_at as disabledAt',
      't.name as trustName',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks the invite used, if it still is unused: true only for the one caller that wins. */
export async function claimUserInvite(db: Db, tokenHash: string, now: Date) {
  const row = await db
    .updateTable('user_invites')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id as userId'])
    .executeTakeFirst();
  return row ?? null;
}
