import { sql } from 'kysely';
import type { CentreScope, Db, TrustScope } from './scope.ts';

/** The revocation reason every erased award answers with. */
export const ERASED_REASON = 'record erased';

/** Every row held about one learner, table by table, for a subject access request. */
export async function collectLearnerData(db: Db, scope: CentreScope, learnerId: string) {
  const inCentre = (table: 'results' | 'activities' | 'projects' | 'destinations') =>
    db
      .selectFrom(table)
      .selectAll()
      .where((eb) =>
        eb.and([
          eb(`${table}.trust_id`, '=', scope.trustId),
          eb(`${table}.centre_id`, '=', scope.centreId),
          eb(`${table}.learner_id`, '=', learnerId),
        ]),
      )
      .execute() as Promise<Array<Record<string, unknown>>>;
  const learner = await db
    .selectFrom('learners')
    .selectAll()
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', learnerId)
    .executeTakeFirst();
  if (!learner) return null;
  return {
    learner,
    results: await inCentre('results'),
    activities: await inCentre('activities'),
    projects: await inCentre('projects'),
    destinations: await inCentre('destinations'),
    decision:
      (await db
        .selectFrom('learner_decisions')
        .selectAll()
        .where('trust_id', '=', scope.trustId)
        .where('centre_id', '=', scope.centreId)
        .where('learner_id', '=', learnerId)
        .executeTakeFirst()) ?? null,
    awards: await db
      .selectFrom('awards')
      .selectAll()
      .where('trust_id', '=', scope.trustId)
      .where('centre_id', '=', scope.centreId)
      .where('learner_id', '=', learnerId)
      .orderBy('issued_at')
      .execute(),
    auditEvents: await db
      .selectFrom('audit_events')
      .select([
        'id',
        'action',
        'entity',
        'entity_id',
        'before',
        'after',
        'occurred_at',
        'actor_user_id',
      ])
      .where('trust_id', '=', scope.trustId)
      .where('centre_id', '=', scope.centreId)
      .where('entity_id', '=', learnerId)
      .orderBy('id')
      .execute(),
  };
}

/**
 * Clears every personal field of a learner's awards and ends the valid ones as revoked, so the
 * codes answer "revoked: record erased" and nothing else. Returns the status lists touched.
 */
export async function eraseLearnerAwards(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  by: { userId: string | null; at: Date },
) {
  const rows = await sql<{ id: string; status_list_id: string | null }>`
    update awards set
      erased_at = ${by.at},
      learner_name = '',
      learner_id = null,
      credential = null,
      decision = '{}'::jsonb,
      evidence = '[]'::jsonb,
      components = '[]'::jsonb,
      components_public = false,
      status = case when status = 'valid' then 'revoked' else status end,
      revoked_at = case when status = 'valid' then ${by.at} else revoked_at end,
      revoked_reason = case when status = 'valid' then ${ERASED_REASON} else revoked_reason end,
      revoked_by = case when status = 'valid' then ${by.userId} else revoked_by end
    where trust_id = ${scope.trustId} and centre_id = ${scope.centreId}
      and learner_id = ${learnerId} and erased_at is null
    returning id, status_list_id`.execute(db);
  return rows.rows;
}

/** Deletes the learner; their results, activities, projects, decision and destinations go too. */
export function deleteLearnerRecord(db: Db, scope: CentreScope, learnerId: string) {
  return db
    .deleteFrom('learners')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', learnerId)
    .executeTakeFirst();
}

export async function findLeaverRetention(db: Db, scope: TrustScope) {
  const row = await db
    .selectFrom('trusts')
    .select('leaver_retention_years as years')
    .where('id', '=', scope.trustId)
    .executeTakeFirst();
  return row ? row.years : undefined;
}

export function saveLeaverRetention(db: Db, scope: TrustScope, years: number | null) {
  return db
    .updateTable('trusts')
    .set({ leaver_retention_years: years })
    .where('id', '=', scope.trustId)
    .executeTakeFirst();
}

/** Learners who left in `lastYear` or before, centre by centre: those past the retention period. */
export function listLeaversLeftBy(db: Db, scope: TrustScope, lastYear: number) {
  return db
    .selectFrom('learners')
    .select(['id', 'centre_id as centreId', 'leaving_year as leavingYear'])
    .where('trust_id', '=', scope.trustId)
    .where('leaving_year', '<=', lastYear)
    .orderBy('centre_id')
    .orderBy('id')
    .execute();
}

/** Staged import rows (the file as uploaded, names and all) of imports finished or abandoned. */
export async function deleteStaleImportRows(db: Db, scope: TrustScope, olderThan: Date) {
  const sessions = db
    .selectFrom('import_sessions')
    .select('id')
    .where('trust_id', '=', scope.trustId)
    .where('updated_at', '<', olderThan);
  const chunks = await db
    .deleteFrom('import_session_chunks')
    .where('trust_id', '=', scope.trustId)
    .where('session_id', 'in', sessions)
    .executeTakeFirst();
  return Number(chunks.numDeletedRows);
}
