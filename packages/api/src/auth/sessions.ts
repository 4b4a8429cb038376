import { createSession, findLiveSession, revokeSession, touchSession } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';
import type { Context } from '../context.ts';
import { hashToken, newSessionToken } from './tokens.ts';

// Writing last_seen_at on every request would make each read a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60_000;

/** Issues a fresh token (rotation at sign-in), stores its hash, and sets the cookie. */
export async function startSession(ctx: Context, user: { id: string; trustId: string }) {
  const now = ctx.now();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.auth.absoluteTimeoutHours * 3_600_000);
  await createSession(ctx.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    trustId: user.trustId,
    expiresAt,
    ip: ctx.request.ip,
    userAgent: ctx.request.userAgent,
  });
  ctx.cookies.set(token, expiresAt);
  return token;
}

/** The signed-in user for a cookie token, or null when the session is unknown, idle, expired or revoked. */
export async function resolveSession(
  ctx: Pick<Context, 'db' | 'auth' | 'now'>,
  token: string | null | undefined,
): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 64) return null;
  const now = ctx.now();
  const tokenHash = hashToken(token);
  const idleCutoff = new Date(now.getTime() - ctx.auth.idleTimeoutMinutes * 60_000);
  const row = await findLiveSession(ctx.db, tokenHash, now, idleCutoff);
  if (!row) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    await touchSession(ctx.db, tokenHash, now);
  }
  const { tokenHash: _t, lastSeenAt: _l, ...user } = row;
  return { user, tokenHash };
}

export async function endSession(ctx: Context) {
  if (ctx.sessionTokenHash) await revokeSession(ctx.db, ctx.sessionTokenHash, ctx.now());
  ctx.cookies.clear();
}
