import {
  type Db,
  deleteStaleImportRows,
  findLeaverRetention,
  listLeaversLeftBy,
  lockTrustForIssuance,
  saveLeaverRetention,
  type TrustScope,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from '../cohorts/actor.ts';
import { eraseLearnerRecord, resignStatusLists } from './erase.ts';

/** Learners erased per transaction: each batch is all-or-nothing, and a rerun carries on. */
const RETENTION_BATCH = 200;

/** Staged import files are kept this long after the import was last touched. */
export const IMPORT_STAGING_DAYS = 30;

/** The last leaving year whose learners are past a retention of `years` whole years. */
export const lastExpiredLeavingYear = (now: Date, years: number) =>
  now.getUTCFullYear() - years - 1;

async function retentionOf(db: Db, scope: TrustScope) {
  const years = await findLeaverRetention(db, scope);
  if (years === undefined) throw notFound('That trust');
  return years;
}

/** The trust's setting and what it would erase today. */
export async function leaverRetention(ctx: Context, scope: TrustScope) {
  const years = await retentionOf(ctx.db, scope);
  const due =
    years === null
      ? []
      : await listLeaversLeftBy(ctx.db, scope, lastExpiredLeavingYear(ctx.now(), years));
  return {
    years,
    lastExpiredLeavingYear: years === null ? null : lastExpiredLeavingYear(ctx.now(), years),
    learnersDue: due.length,
    importStagingDays: IMPORT_STAGING_DAYS,
  };
}

export async function setLeaverRetention(ctx: Actor, scope: TrustScope, years: number | null) {
  if (years !== null && (!Number.isInteger(years) || years < 1 || years > 50))
    throw invalid(
      'Keep leavers’ records for between 1 and 50 whole years, or choose to keep them.',
    );
  const before = await retentionOf(ctx.db, scope);
  await saveLeaverRetention(ctx.db, scope, years);
  await audit(ctx.db, ctx.user, {
    centreId: null,
    action: 'retention.changed',
    entity: 'trust',
    entityId: scope.trustId,
    before: { leaverRetentionYears: before },
    after: { leaverRetentionYears: years },
  });
  return leaverRetention(ctx, scope);
}

/**
 * Applies the trust's retention: erases every leaver past it, in batches (a stop part-way loses
 * nothing and a rerun carries on), and deletes stale staged import files.
 */
export async function applyLeaverRetention(
  ctx: Pick<Context, 'db' | 'secrets' | 'publicUrl' | 'now'>,
  scope: TrustScope,
  onProgress: (done: number, total: number) => void = () => {},
) {
  const years = await retentionOf(ctx.db, scope);
  const now = ctx.now();
  const staleBefore = new Date(now.getTime() - IMPORT_STAGING_DAYS * 86_400_000);
  const stagedRowsDeleted = await deleteStaleImportRows(ctx.db, scope, staleBefore);
  if (years === null) return { erased: 0, awardsEnded: 0, stagedRowsDeleted };
  const due = await listLeaversLeftBy(ctx.db, scope, lastExpiredLeavingYear(now, years));
  let awardsEnded = 0;
  for (let start = 0; start < due.length; start += RETENTION_BATCH) {
    const batch = due.slice(start, start + RETENTION_BATCH);
    awardsEnded += await ctx.db.transaction().execute(async (tx) => {
      await lockTrustForIssuance(tx, scope);
      const lists: string[] = [];
      for (const learner of batch)
        lists.push(
          ...(await eraseLearnerRecord(tx, { ...scope, centreId: learner.centreId }, learner.id, {
            userId: null,
            at: now,
            reason: `retention: left in ${learner.leavingYear}, kept ${years} years`,
          })),
        );
      await resignStatusLists(tx, ctx, scope, lists);
      return lists.length;
    });
    onProgress(start + batch.length, due.length);
  }
  return { erased: due.length, awardsEnded, stagedRowsDeleted };
}
