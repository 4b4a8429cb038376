import type { Database, Kysely } from '@bacc/db';
import { createTenant } from '@bacc/db/testing';
import type { SessionUser } from '@bacc/schema';
import { hashPassword } from '../auth/passwords.ts';
import { type Context, createContextInner } from '../context.ts';
import { createCaller } from '../root.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | null = null;

/** A trust with two centres and a user in each role, all with TEST_PASSWORD. */
export async function createTenantWithUsers(db: Kysely<Database>, label = 'Test') {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  const tenant = await createTenant(db, label);
  const tag = tenant.trust.id.slice(0, 8);
  const add = async (
    role: SessionUser['role'],
    centre: { id: string; name: string } | null,
    who: string,
  ) => {
    const row = await db
      .insertInto('users')
      .values({
        trust_id: tenant.trust.id,
        centre_id: centre?.id ?? null,
        email: `${who}-${tag}@example.org`,
        display_name: `${label} ${who}`,
        role,
        password_hash: passwordHash,
      })
      .returning(['id', 'email', 'display_name'])
      .executeTakeFirstOrThrow();
    const user: SessionUser = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role,
      trustId: tenant.trust.id,
      trustName: tenant.trust.name,
      centreId: centre?.id ?? null,
      centreName: centre?.name ?? null,
    };
    return user;
  };
  return {
    ...tenant,
    admin: await add('trust_admin', null, 'admin'),
    centreAdminA: await add('centre_admin', tenant.centreA, 'centre-admin-a'),
    staffA: await add('centre_staff', tenant.centreA, 'staff-a'),
    staffB: await add('centre_staff', tenant.centreB, 'staff-b'),
  };
}

/** A server-side caller acting as `user` (or anonymous), with no HTTP involved. */
export function callerFor(
  db: Kysely<Database>,
  user: SessionUser | null,
  extra: Partial<Context> = {},
) {
  return createCaller(createContextInner({ db, user, ...extra }));
}
export { createTestAward, randomVerificationCode } from '../services/verification-fixtures.ts';
