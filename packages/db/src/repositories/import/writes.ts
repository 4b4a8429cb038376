import { sql } from 'kysely';
import type { ActivityTable, ResultTable } from '../../database.ts';
import type { AuditEvent } from '../audit.ts';
import type { CentreScope, Db } from '../scope.ts';

// Rows per statement: columns x rows stays below ~60,000 bind parameters.
const rowsPerStatement = (columns: number) => Math.floor(60_000 / columns);

async function inChunks<T>(
  rows: readonly T[],
  columns: number,
  run: (chunk: T[]) => Promise<unknown>,
) {
  const size = rowsPerStatement(columns);
  for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

export interface ImportedLearner {
  uln: string | null;
  upn: string | null;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  leavingYear: number;
}

/** Inserts learners; returns their ids in the order given. */
export async function insertImportedLearners(
  db: Db,
  scope: CentreScope,
  learners: readonly ImportedLearner[],
  actorUserId: string,
) {
  const ids: string[] = [];
  await inChunks(learners, 10, async (chunk) => {
    const rows = await db
      .insertInto('learners')
      .values(
        chunk.map((l) => ({
          trust_id: scope.trustId,
          centre_id: scope.centreId,
          uln: l.uln,
          upn: l.upn,
          legal_given_name: l.legalGivenName,
          legal_family_name: l.legalFamilyName,
          preferred_name: l.preferredName,
          date_of_birth: l.dateOfBirth,
          leaving_year: l.leavingYear,
          updated_by: actorUserId,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  });
  return ids;
}

export async function updateImportedLearners(
  db: Db,
  scope: CentreScope,
  learners: ReadonlyArray<ImportedLearner & { id: string }>,
  actorUserId: string,
) {
  await inChunks(learners, 8, (chunk) =>
    sql`update learners as l set
          uln = v.uln, upn = v.upn, legal_given_name = v.given, legal_family_name = v.family,
          preferred_name = v.preferred, date_of_birth = v.dob::date, leaving_year = v.year::integer,
          version = l.version + 1, updated_at = now(), updated_by = ${actorUserId}::uuid
        from (values ${sql.join(
          chunk.map(
            (r) =>
              sql`(${r.id}::uuid, ${r.uln}::text, ${r.upn}::text, ${r.legalGivenName}::text, ${r.legalFamilyName}::text, ${r.preferredName}::text, ${r.dateOfBirth}::text, ${r.leavingYear}::text)`,
          ),
        )}) as v(id, uln, upn, given, family, preferred, dob, year)
        where l.id = v.id and l.trust_id = ${scope.trustId}::uuid and l.centre_id = ${scope.centreId}::uuid`.execute(
      db,
    ),
  );
}

export type ImportedResult = Pick<
  ResultTable,
  'learner_id' | 'qualification_id' | 'grade' | 'status' | 'awarded_on'
>;

/** One statement per 20,000 rows whatever their number of columns: arrays unnested server-side. */
export function insertImportedResults(
  db: Db,
  scope: CentreScope,
  results: readonly ImportedResult[],
) {
  return inChunks(results, 3, (chunk) =>
    sql`insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status, awarded_on)
        select ${scope.trustId}::uuid, ${scope.centreId}::uuid, v.*
        from unnest(${chunk.map((r) => r.learner_id)}::uuid[], ${chunk.map((r) => r.qualification_id)}::uuid[],
                    ${chunk.map((r) => r.grade)}::text[], ${chunk.map((r) => r.status)}::text[],
                    ${chunk.map((r) => r.awarded_on)}::date[])
          as v(learner_id, qualification_id, grade, status, awarded_on)`.execute(db),
  );
}

export function updateImportedResults(
  db: Db,
  scope: CentreScope,
  results: ReadonlyArray<{ id: string; grade: string; status: string; awarded_on: string | null }>,
) {
  return inChunks(results, 4, (chunk) =>
    sql`update results as r set grade = v.grade, status = v.status, awarded_on = v.awarded_on::date,
          version = r.version + 1, updated_at = now()
        from (values ${sql.join(
          chunk.map(
            (u) => sql`(${u.id}::uuid, ${u.grade}::text, ${u.status}::text, ${u.awarded_on}::text)`,
          ),
        )}) as v(id, grade, status, awarded_on)
        where r.id = v.id and r.trust_id = ${scope.trustId}::uuid and r.centre_id = ${scope.centreId}::uuid`.execute(
      db,
    ),
  );
}

export type ImportedActivity = Pick<
  ActivityTable,
  'learner_id' | 'strand' | 'hours' | 'started_on' | 'ended_on' | 'description' | 'verified_by'
>;

export function insertImportedActivities(
  db: Db,
  scope: CentreScope,
  activities: readonly ImportedActivity[],
) {
  return inChunks(activities, 9, (chunk) =>
    db
      .insertInto('activities')
      .values(chunk.map((a) => ({ ...a, trust_id: scope.trustId, centre_id: scope.centreId })))
      .execute(),
  );
}

export function updateImportedActivities(
  db: Db,
  scope: CentreScope,
  activities: ReadonlyArray<{
    id: string;
    hours: number;
    ended_on: string | null;
    verified_by: string | null;
  }>,
) {
  return inChunks(activities, 4, (chunk) =>
    sql`update activities as a set hours = v.hours::numeric, ended_on = v.ended_on::date,
          verified_by = v.verified_by, version = a.version + 1, updated_at = now()
        from (values ${sql.join(
          chunk.map(
            (u) =>
              sql`(${u.id}::uuid, ${String(u.hours)}::text, ${u.ended_on}::text, ${u.verified_by}::text)`,
          ),
        )}) as v(id, hours, ended_on, verified_by)
        where a.id = v.id and a.trust_id = ${scope.trustId}::uuid and a.centre_id = ${scope.centreId}::uuid`.execute(
      db,
    ),
  );
}

/** Appends many audit events in a few statements (the log is never updated). */
export function recordAuditEvents(db: Db, events: readonly AuditEvent[]) {
  return inChunks(events, 8, (chunk) =>
    db
      .insertInto('audit_events')
      .values(
        chunk.map((e) => ({
          trust_id: e.trustId,
          centre_id: e.centreId,
          actor_user_id: e.actorUserId,
          action: e.action,
          entity: e.entity,
          entity_id: e.entityId,
          before: e.before === undefined ? null : JSON.stringify(e.before),
          after: e.after === undefined ? null : JSON.stringify(e.after),
        })),
      )
      .execute(),
  );
}
