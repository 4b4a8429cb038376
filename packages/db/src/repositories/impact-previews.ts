import type { Db, TrustScope } from './scope.ts';

const columns = [
  'id',
  'framework_version_id as frameworkVersionId',
  'framework_hash as frameworkHash',
  'centre_id as centreId',
  'leaving_year as leavingYear',
  'status',
  'processed',
  'total',
  'result',
  'error',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'finished_at as finishedAt',
] as const;

export function insertImpactPreview(
  db: Db,
  scope: TrustScope,
  job: {
    frameworkVersionId: string;
    frameworkHash: string;
    centreId: string | null;
    leavingYear: number | null;
    total: number;
    requestedBy: string;
  },
) {
  return db
    .insertInto('impact_previews')
    .values({
      trust_id: scope.trustId,
      framework_version_id: job.frameworkVersionId,
      framework_hash: job.frameworkHash,
      centre_id: job.centreId,
      leaving_year: job.leavingYear,
      total: job.total,
      requested_by: job.requestedBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function findImpactPreview(db: Db, scope: TrustScope, id: string) {
  return db
    .selectFrom('impact_previews')
    .select(columns)
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function recordImpactPreviewProgress(
  db: Db,
  scope: TrustScope,
  id: string,
  processed: number,
) {
  return db
    .updateTable('impact_previews')
    .set({ processed, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export function finishImpactPreview(
  db: Db,
  scope: TrustScope,
  id: string,
  outcome:
    | { status: 'done'; processed: number; result: unknown }
    | { status: 'failed'; error: string },
) {
  const now = new Date();
  return db
    .updateTable('impact_previews')
    .set(
      outcome.status === 'done'
        ? {
            status: 'done',
            processed: outcome.processed,
            result: JSON.stringify(outcome.result),
            updated_at: now,
            finished_at: now,
          }
        : { status: 'failed', error: outcome.error, updated_at: now, finished_at: now },
    )
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', id)
    .execute();
}
