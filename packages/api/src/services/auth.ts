import { findUserForLogin, recordAuditEvent } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';
import { spendVerificationTime, verifyPassword } from '../auth/passwords.ts';
import { endSession, resolveSession, startSession } from '../auth/sessions.ts';
import { assertLoginAllowed, recordLogin } from '../auth/throttle.ts';
import type { Context } from '../context.ts';
import { unauthorized } from '../errors.ts';

const WRONG = 'Email or password is incorrect.';

/** Checks the throttle, then the password; on success rotates the session and returns the user. */
export async function signIn(
  ctx: Context,
  input: { email: string; password: string },
): Promise<{ user: SessionUser }> {
  const now = ctx.now();
  await assertLoginAllowed(ctx.db, input.email, ctx.request.ip, now);
  const found = await findUserForLogin(ctx.db, input.email);
  let ok = false;
  if (found?.passwordHash && !found.disabledAt)
    ok = await verifyPassword(found.passwordHash, input.password);
  else await spendVerificationTime(input.password);
  await recordLogin(ctx.db, input.email, ctx.request.ip, ok);
  if (!ok || !found) throw unauthorized(WRONG);

  // Rotation: whatever session the browser had is ended and a new token issued.
  if (ctx.sessionTokenHash) await endSession(ctx);
  const token = await startSession(ctx, { id: found.id, trustId: found.trustId });
  const session = await resolveSession(ctx, token);
  if (!session) throw unauthorized(WRONG);
  await recordAuditEvent(ctx.db, {
    trustId: session.user.trustId,
    centreId: session.user.centreId,
    actorUserId: session.user.id,
    action: 'user.signed_in',
    entity: 'user',
    entityId: session.user.id,
  });
  return { user: session.user };
}

export async function signOut(ctx: Context) {
  await endSession(ctx);
  return { ok: true as const };
}
