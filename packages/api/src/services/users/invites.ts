import { randomBytes } from 'node:crypto';
import {
  claimUserInvite,
  type Db,
  expireUserInvites,
  findUserInvite,
  revokeUserSessions,
  setUserPassword,
  type TrustScope,
} from '@bacc/db';
import { hashPassword } from '../../auth/passwords.ts';
import { hashToken } from '../../auth/tokens.ts';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { audit } from '../audit.ts';

export const INVITE_DAYS = 7;
export const RESET_HOURS = 24;

const GONE =
  'This link has expired or has already been used. Ask your administrator for a new one.';

/**
 * Issues a single-use link to set a password: 128 random bits, only the hash stored, earlier
 * links for the same user stop working. The path is relative; the app adds its own address.
 */
export async function issuePasswordLink(
  db: Db,
  scope: TrustScope,
  user: { id: string; role: string },
  purpose: 'invite' | 'reset',
  createdBy: string,
  now: Date,
) {
  const token = randomBytes(16).toString('base64url');
  const expiresAt = new Date(
    now.getTime() + (purpose === 'invite' ? INVITE_DAYS * 24 : RESET_HOURS) * 3_600_000,
  );
  await expireUserInvites(db, scope, user.id, now);
  await db
    .insertInto('user_invites')
    .values({
      token_hash: hashToken(token),
      trust_id: scope.trustId,
      user_id: user.id,
      purpose,
      expires_at: expiresAt,
      created_by: createdBy,
    })
    .execute();
  const area = user.role === 'trust_admin' ? 'admin' : 'portal';
  return { path: `/${area}/accept-invite?token=${token}`, expiresAt };
}

/** What the accept page shows before the password is chosen; a bad link says only that. */
export async function inspectInvite(ctx: Context, token: string) {
  const invite = await findUserInvite(ctx.db, hashToken(token));
  const now = ctx.now();
  if (!invite || invite.usedAt || invite.expiresAt <= now || invite.disabledAt)
    throw new AppError('not_found', GONE);
  return {
    email: invite.email,
    displayName: invite.displayName,
    trustName: invite.trustName,
    purpose: invite.purpose,
    expiresAt: invite.expiresAt,
  };
}

/** Sets the password through the link, once: a second use, or a late one, is refused. */
export async function acceptInvite(ctx: Context, token: string, password: string) {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (tx) => {
    const now = ctx.now();
    const invite = await findUserInvite(tx, tokenHash);
    if (!invite || invite.disabledAt) throw new AppError('not_found', GONE);
    const claimed = await claimUserInvite(tx, tokenHash, now);
    if (!claimed) throw new AppError('not_found', GONE);
    const scope = { trustId: invite.trustId };
    await setUserPassword(tx, scope, invite.userId, passwordHash);
    await expireUserInvites(tx, scope, invite.userId, now);
    await revokeUserSessions(tx, invite.userId, now);
    await audit(
      tx,
      { id: invite.userId, trustId: invite.trustId },
      {
        centreId: null,
        action: invite.purpose === 'invite' ? 'user.invite_accepted' : 'user.password_reset',
        entity: 'user',
        entityId: invite.userId,
      },
    );
    return { email: invite.email };
  });
}
