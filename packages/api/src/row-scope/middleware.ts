import { enterRowScope, type RowScope } from '@bacc/db';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { nestable } from './nested.ts';

/** Signed-in callers see their trust's rows; anonymous calls are the narrow lookups by key. */
export function rowScopeFor(ctx: Pick<Context, 'user'>): RowScope {
  if (!ctx.user) return { kind: 'system' };
  return { kind: 'tenant', trustId: ctx.user.trustId };
}

const rollback = Symbol('rollback');

/** Failures no service meant: anything but an application refusal or bad input. */
const isUnexpected = (error: { code: string; cause?: unknown }) =>
  error.code === 'INTERNAL_SERVER_ERROR' && !(error.cause instanceof AppError);

type Outcome = { ok: true } | { ok: false; error: { code: string; cause?: unknown } };

/**
 * Runs a procedure in one transaction that works as the application role within the caller's
 * row scope, so the database's row-level security backs up every query's own tenancy.
 * An unexpected failure rolls the whole transaction back. An expected refusal (bad input, not
 * found, a conflict, a wrong password, a rate limit) commits what the procedure chose to
 * record on the way, such as a failed sign-in or a counted lookup: services refuse before
 * they write, or inside their own (savepoint) transactions.
 * Work queued with `afterCommit` (a background job) starts once the transaction has committed.
 */
export async function inRowScope<R extends Outcome>(
  ctx: Context,
  next: (scoped: Pick<Context, 'db' | 'rootDb' | 'afterCommit'>) => Promise<R>,
): Promise<R> {
  let outcome: R | undefined;
  const rootDb = ctx.rootDb ?? ctx.db;
  const queued: Array<() => void> = [];
  try {
    await rootDb.transaction().execute(async (trx) => {
      await enterRowScope(trx, rowScopeFor(ctx));
      outcome = await next({ db: nestable(trx), rootDb, afterCommit: (work) => queued.push(work) });
      if (!outcome.ok && isUnexpected(outcome.error)) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
    return outcome as R;
  }
  for (const work of queued) work();
  return outcome as R;
}
