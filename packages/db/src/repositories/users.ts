import type { Db, TrustScope } from './scope.ts';

export interface NewUserInput {
  email: string;
  displayName: string;
  role: 'trust_admin' | 'centre_admin' | 'centre_staff';
  centreId: string | null;
  passwordHash: string | null;
}

/**
 * Sign-in looks a user up by email before any tenant is known; email is unique across the
 * deployment for exactly that reason. Everything after sign-in is scoped by the user's trust.
 */
export function findUserForLogin(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'trust_id as trustId',
      'password_hash as passwordHash',
      'disabled_at as disabledAt',
    ])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function createUser(db: Db, scope: TrustScope, input: NewUserInput) {
  return db
    .insertInto('users')
    .values({
      trust_id: scope.trustId,
      centre_id: input.centreId,
      email: input.email,
      display_name: input.displayName,
      role: input.role,
      password_hash: input.passwordHash,
    })
    .returning(['id', 'email', 'role', 'centre_id as centreId'])
    .executeTakeFirstOrThrow();
}

export function setUserPassword(db: Db, scope: TrustScope, userId: string, passwordHash: string) {
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findUserByEmail(db: Db, scope: TrustScope, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'centre_id as centreId', 'disabled_at as disabledAt'])
    .where('trust_id', '=', scope.trustId)
    .where('email', '=', email)
    .executeTakeFirst();
}
