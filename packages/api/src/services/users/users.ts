import {
  createUser,
  expireUserInvites,
  findCentreForAdmin,
  findTrustUser,
  listTrustUsers,
  revokeUserSessions,
  type TrustScope,
  updateUserAccess,
} from '@bacc/db';
import type { Role, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { uniqueViolation } from '../db-errors.ts';
import { issuePasswordLink } from './invites.ts';

type Actor = Context & { user: SessionUser };

/** Centre admins manage only their own centre's staff; trust admins manage everyone. */
export interface UserLimit {
  centreId: string | null;
}
const everyone: UserLimit = { centreId: null };

export async function listUsers(ctx: Context, scope: TrustScope, limit: UserLimit = everyone) {
  const rows = await listTrustUsers(ctx.db, scope, { centreId: limit.centreId ?? undefined });
  return rows.map((u) => ({
    ...u,
    status: u.disabledAt
      ? ('disabled' as const)
      : u.hasPassword
        ? ('active' as const)
        : ('invited' as const),
  }));
}

async function checkPlacement(
  ctx: Context,
  scope: TrustScope,
  role: Role,
  centreId: string | null,
) {
  if (role === 'trust_admin' && centreId !== null)
    throw invalid('A trust admin belongs to the trust, not to a centre.', { field: 'centreId' });
  if (role !== 'trust_admin') {
    if (!centreId) throw invalid('Choose the centre this person works at.', { field: 'centreId' });
    if (!(await findCentreForAdmin(ctx.db, scope, centreId))) throw notFound('That centre');
  }
}

async function targetUser(ctx: Actor, scope: TrustScope, userId: string, limit: UserLimit) {
  const user = await findTrustUser(ctx.db, scope, userId);
  // Another centre's user is answered as not found: a centre admin learns nothing about them.
  if (!user || (limit.centreId !== null && user.centreId !== limit.centreId))
    throw notFound('That user');
  return user;
}

/** Creates the user with no password and returns the single-use link to pass on. */
export async function inviteUser(
  ctx: Actor,
  scope: TrustScope,
  input: { email: string; displayName: string; role: Role; centreId: string | null },
  limit: UserLimit = everyone,
) {
  if (
    limit.centreId !== null &&
    (input.role === 'trust_admin' || input.centreId !== limit.centreId)
  )
    throw notFound('That centre');
  await checkPlacement(ctx, scope, input.role, input.centreId);
  return ctx.db.transaction().execute(async (tx) => {
    const user = await createUser(tx, scope, { ...input, passwordHash: null }).catch((e) => {
      if (uniqueViolation(e))
        throw conflict(`There is already a user with the email ${input.email}.`, {
          field: 'email',
        });
      throw e;
    });
    const link = await issuePasswordLink(tx, scope, user, 'invite', ctx.user.id, ctx.now());
    await audit(tx, ctx.user, {
      centreId: input.centreId,
      action: 'user.invited',
      entity: 'user',
      entityId: user.id,
      after: { email: input.email, role: input.role, centreId: input.centreId },
    });
    return { userId: user.id, ...link };
  });
}

export async function changeUserAccess(
  ctx: Actor,
  scope: TrustScope,
  input: { userId: string; role: Role; centreId: string | null; displayName?: string | undefined },
  limit: UserLimit = everyone,
) {
  const before = await targetUser(ctx, scope, input.userId, limit);
  if (
    limit.centreId !== null &&
    (input.role === 'trust_admin' || input.centreId !== limit.centreId)
  )
    throw invalid('You can only give roles at your own centre.', { field: 'role' });
  if (input.userId === ctx.user.id && input.role !== before.role)
    throw invalid('You cannot change your own role; ask another administrator.', { field: 'role' });
  await checkPlacement(ctx, scope, input.role, input.centreId);
  return ctx.db.transaction().execute(async (tx) => {
    await updateUserAccess(tx, scope, input.userId, {
      role: input.role,
      centre_id: input.centreId,
      ...(input.displayName ? { display_name: input.displayName } : {}),
    });
    // A new role takes effect at once: the old sessions carried the old role.
    if (input.role !== before.role || input.centreId !== before.centreId)
      await revokeUserSessions(tx, input.userId, ctx.now());
    await audit(tx, ctx.user, {
      centreId: input.centreId ?? before.centreId,
      action: 'user.access_changed',
      entity: 'user',
      entityId: input.userId,
      before: { role: before.role, centreId: before.centreId, displayName: before.displayName },
      after: {
        role: input.role,
        centreId: input.centreId,
        displayName: input.displayName ?? before.displayName,
      },
    });
    return { ok: true as const };
  });
}

/** Disabling ends every session of the user at once and voids any unused link. */
export async function setUserDisabled(
  ctx: Actor,
  scope: TrustScope,
  userId: string,
  disabled: boolean,
  limit: UserLimit = everyone,
) {
  const before = await targetUser(ctx, scope, userId, limit);
  if (userId === ctx.user.id) throw invalid('You cannot disable your own account.');
  return ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    await updateUserAccess(tx, scope, userId, { disabled_at: disabled ? now : null });
    if (disabled) {
      await revokeUserSessions(tx, userId, now);
      await expireUserInvites(tx, scope, userId, now);
    }
    await audit(tx, ctx.user, {
      centreId: before.centreId,
      action: disabled ? 'user.disabled' : 'user.enabled',
      entity: 'user',
      entityId: userId,
      before: { disabledAt: before.disabledAt },
      after: { disabledAt: disabled ? now : null },
    });
    return { ok: true as const };
  });
}

/** A new single-use link to set a password; the old password and sessions stop working. */
export async function resetUserPassword(
  ctx: Actor,
  scope: TrustScope,
  userId: string,
  limit: UserLimit = everyone,
) {
  const user = await targetUser(ctx, scope, userId, limit);
  if (user.disabledAt) throw conflict('Enable this user before resetting their password.');
  return ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    await tx
      .updateTable('users')
      .set({ password_hash: null, updated_at: now })
      .where('trust_id', '=', scope.trustId)
      .where('id', '=', userId)
      .execute();
    await revokeUserSessions(tx, userId, now);
    const link = await issuePasswordLink(
      tx,
      scope,
      user,
      user.hasPassword ? 'reset' : 'invite',
      ctx.user.id,
      now,
    );
    await audit(tx, ctx.user, {
      centreId: user.centreId,
      action: 'user.password_reset_issued',
      entity: 'user',
      entityId: userId,
    });
    return link;
  });
}
