import { type Database, enterRowScope, type RowScope, type Transaction } from '@bacc/db';
import { resolveSession } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { nestable } from './nested.ts';

/** Signed-in callers see their trust's rows; anonymous calls are the narrow lookups by key. */
export function rowScopeFor(ctx: Pick<Context, 'user'>, wanted?: 'system'): RowScope {
  if (!ctx.user || wanted === 'system') return { kind: 'system' };
  return { kind: 'tenant', trustId: ctx.user.trustId };
}

const rollback = Symbol('rollback');

/** Failures no service meant: anything but an application refusal or bad input. */
const isUnexpected = (error: { code: string; cause?: unknown }) =>
  error.code === 'INTERNAL_SERVER_ERROR' && !(error.cause instanceof AppError);

type Outcome = { ok: true } | { ok: false; error: { code: string; cause?: unknown } };

type Caller = Pick<Context, 'user' | 'sessionTokenHash'>;

/** Who is calling: the session cookie's user, looked up by its token in the system scope. */
async function identifyCaller(ctx: Context, trx: Transaction<Database>): Promise<Caller> {
  if (ctx.user || !ctx.sessionToken)
    return { user: ctx.user, sessionTokenHash: ctx.sessionTokenHash };
  await enterRowScope(trx, { kind: 'system' });
  const session = await resolveSession({ db: trx, auth: ctx.auth, now: ctx.now }, ctx.sessionToken);
  return { user: session?.user ?? null, sessionTokenHash: session?.tokenHash ?? null };
}

/**
 * Runs a procedure in one transaction that works as the application role within the caller's
 * row scope, so the database's row-level security backs up every query's own tenancy. The
 * caller is known from the session cookie, looked up first in the same transaction.
 * An unexpected failure rolls the whole transaction back. An expected refusal (bad input, not
 * found, a conflict, a wrong password, a rate limit) commits what the procedure chose to
 * record on the way, such as a failed sign-in or a counted lookup: services refuse before
 * they write, or inside their own (savepoint) transactions.
 * Work queued with `afterCommit` (a background job) starts once the transaction has committed.
 */
export async function inRowScope<R extends Outcome>(
  ctx: Context,
  wanted: 'system' | undefined,
  next: (scoped: Pick<Context, 'db' | 'rootDb' | 'afterCommit'> & Caller) => Promise<R>,
): Promise<R> {
  let outcome: R | undefined;
  const rootDb = ctx.rootDb ?? ctx.db;
  const queued: Array<() => void> = [];
  try {
    await rootDb.transaction().execute(async (trx) => {
      const caller = await identifyCaller(ctx, trx);
      await enterRowScope(trx, rowScopeFor(caller, wanted));
      outcome = await next({
        ...caller,
        db: nestable(trx),
        rootDb,
        afterCommit: (work) => queued.push(work),
      });
      if (!outcome.ok && isUnexpected(outcome.error)) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
    return outcome as R;
  }
  for (const work of queued) work();
  return outcome as R;
}
