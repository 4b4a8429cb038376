import type { ImportKind, ImportSessionStatus } from '../../database.ts';
import type { CentreScope, Db } from '../scope.ts';

const sessionColumns = [
  'id',
  'kind',
  'file_name as fileName',
  'headers',
  'mapping',
  'row_count as rowCount',
  'status',
  'file_hash as fileHash',
  'dry_run as dryRun',
  'import_id as importId',
  'created_at as createdAt',
] as const;

export function createImportSession(
  db: Db,
  scope: CentreScope,
  s: {
    kind: ImportKind;
    fileName: string;
    headers: string[];
    mapping: Record<string, string>;
    rowCount: number;
    createdBy: string;
  },
) {
  return db
    .insertInto('import_sessions')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      kind: s.kind,
      file_name: s.fileName,
      headers: JSON.stringify(s.headers),
      mapping: JSON.stringify(s.mapping),
      row_count: s.rowCount,
      created_by: s.createdBy,
    })
    .returning(sessionColumns)
    .executeTakeFirstOrThrow();
}

/** The session, only if it is this centre's; `forUpdate` serialises chunks and commits. */
export function findImportSession(
  db: Db,
  scope: CentreScope,
  sessionId: string,
  forUpdate = false,
) {
  let q = db
    .selectFrom('import_sessions')
    .select(sessionColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', sessionId);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateImportSession(
  db: Db,
  scope: CentreScope,
  sessionId: string,
  fields: {
    status?: ImportSessionStatus;
    fileHash?: string | null;
    dryRun?: unknown;
    errors?: unknown;
    importId?: string | null;
  },
) {
  return db
    .updateTable('import_sessions')
    .set({
      ...(fields.status ? { status: fields.status } : {}),
      ...(fields.fileHash !== undefined ? { file_hash: fields.fileHash } : {}),
      ...(fields.dryRun !== undefined ? { dry_run: JSON.stringify(fields.dryRun) } : {}),
      ...(fields.errors !== undefined ? { errors: JSON.stringify(fields.errors) } : {}),
      ...(fields.importId !== undefined ? { import_id: fields.importId } : {}),
      updated_at: new Date(),
    })
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', sessionId)
    .execute();
}

export async function findImportSessionErrors(db: Db, scope: CentreScope, sessionId: string) {
  const row = await db
    .selectFrom('import_sessions')
    .select('errors')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row === undefined ? undefined : (row.errors ?? []);
}

/** Abandoned sessions (and their staged rows) go after a day; committed ones keep no rows. */
export function deleteStaleImportSessions(db: Db, scope: CentreScope, olderThan: Date) {
  return db
    .deleteFrom('import_sessions')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('created_at', '<', olderThan)
    .execute();
}

/** Stores a chunk of rows; a row number sent twice replaces the first (a retried chunk). */
export async function stageImportRows(
  db: Db,
  scope: CentreScope,
  sessionId: string,
  rows: ReadonlyArray<{ row: number; cells: string[] }>,
) {
  // 5 parameters a row: 2,000 rows stay far below PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 5_000) {
    await db
      .insertInto('import_session_rows')
      .values(
        rows.slice(i, i + 5_000).map((r) => ({
          trust_id: scope.trustId,
          centre_id: scope.centreId,
          session_id: sessionId,
          row_number: r.row,
          cells: JSON.stringify(r.cells),
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['session_id', 'row_number'])
          .doUpdateSet((eb) => ({ cells: eb.ref('excluded.cells') })),
      )
      .execute();
  }
}

export async function countStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  const row = await db
    .selectFrom('import_session_rows')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every staged row in file order. */
export function listStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  return db
    .selectFrom('import_session_rows')
    .select(['row_number as row', 'cells'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .orderBy('row_number')
    .execute();
}

export function deleteStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  return db
    .deleteFrom('import_session_rows')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .execute();
}
