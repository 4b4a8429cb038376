import { compileFramework } from '@bacc/criteria-engine';
import {
  countTrustLearners,
  findFrameworkVersionWithDefinition,
  findImpactPreview,
  finishImpactPreview,
  insertImpactPreview,
  inTrustScope,
  recordImpactPreviewProgress,
  type TrustScope,
} from '@bacc/db';
import type { FrameworkDefinition, ImpactPreviewStart } from '@bacc/schema';
import { invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from './actor.ts';
import { checkFramework } from './check.ts';
import { computeImpact } from './impact.ts';
import type { ImpactSummary } from './impact-tally.ts';

// The job's state (progress, result) lives in PostgreSQL so any server behind the load balancer
// can answer a poll; the work itself runs in the process that started it. A job whose process
// died stops reporting progress and is shown as failed after this long.
const STALLED_AFTER_MS = 60_000;

const running = new Map<string, Promise<void>>();

/** Resolves when a preview started by this process has finished (tests and scripts). */
export function settledImpactPreview(previewId: string) {
  return running.get(previewId) ?? Promise.resolve();
}

export async function startImpactPreview(ctx: Actor, scope: TrustScope, input: ImpactPreviewStart) {
  const version = await findFrameworkVersionWithDefinition(ctx.db, scope, input.versionId);
  if (!version) throw notFound('That framework version');
  const validation = checkFramework(version.definition);
  if (!validation.ok)
    throw invalid('Fix the problems in this draft before previewing its impact.', {
      issues: validation.issues,
    });
  const framework = compileFramework(version.definition as FrameworkDefinition);
  const filter = { centreId: input.centreId ?? null, leavingYear: input.leavingYear ?? null };
  const total = await countTrustLearners(ctx.db, scope, filter);
  const job = await insertImpactPreview(ctx.db, scope, {
    frameworkVersionId: version.id,
    frameworkHash: framework.hash,
    ...filter,
    total,
    requestedBy: ctx.user.id,
  });
  await audit(ctx.db, ctx.user, {
    centreId: filter.centreId,
    action: 'framework.impact_previewed',
    entity: 'framework_version',
    entityId: version.id,
    after: { previewId: job.id, ...filter, total },
  });
  // The job outlives the request and its transaction: it starts once the job's row is
  // committed, and works on the pool, each step a transaction of its own in the trust's row
  // scope, every query naming the trust as always.
  const jobDb = ctx.rootDb ?? ctx.db;
  const finish = (outcome: Parameters<typeof finishImpactPreview>[3]) =>
    inTrustScope(jobDb, scope.trustId, (db) => finishImpactPreview(db, scope, job.id, outcome));
  const start = () => {
    const work = computeImpact(jobDb, scope, framework, filter, (processed) =>
      inTrustScope(jobDb, scope.trustId, (db) =>
        recordImpactPreviewProgress(db, scope, job.id, processed),
      ).then(() => undefined),
    )
      .then((result) => finish({ status: 'done', processed: result.learners, result }))
      .catch((error: unknown) =>
        finish({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
      )
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => running.delete(job.id));
    running.set(job.id, work);
  };
  if (ctx.afterCommit) ctx.afterCommit(start);
  else start();
  return { id: job.id, total };
}

/** A preview's progress, and its result once done. */
export async function getImpactPreview(ctx: Actor, scope: TrustScope, previewId: string) {
  const job = await findImpactPreview(ctx.db, scope, previewId);
  if (!job) throw notFound('That impact preview');
  const stalled =
    job.status === 'running' &&
    ctx.now().getTime() - new Date(job.updatedAt).getTime() > STALLED_AFTER_MS;
  return {
    id: job.id,
    frameworkVersionId: job.frameworkVersionId,
    centreId: job.centreId,
    leavingYear: job.leavingYear,
    status: stalled ? ('failed' as const) : job.status,
    processed: job.processed,
    total: job.total,
    error: stalled
      ? 'The server working on this preview stopped before it finished. Start it again.'
      : job.status === 'failed'
        ? 'The preview could not be finished. Start it again; if it fails again, tell your support team.'
        : null,
    result: (job.result as ImpactSummary | null) ?? null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
