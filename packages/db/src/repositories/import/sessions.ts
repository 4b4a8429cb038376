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

/** Stores a chunk of rows as one record; a chunk sent again (same first row) replaces the first. */
export function stageImportRows(
  db: Db,
  scope: CentreScope,
  sessionId: string,
  rows: ReadonlyArray<{ row: number; cells: string[] }>,
) {
  return db
    .insertInto('import_session_chunks')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      session_id: sessionId,
      first_row: rows[0]!.row,
      row_count: rows.length,
      rows: JSON.stringify(rows.map((r) => ({ row: r.row, cells: r.cells }))),
    })
    .onConflict((oc) =>
      oc.columns(['session_id', 'first_row']).doUpdateSet((eb) => ({
        row_count: eb.ref('excluded.row_count'),
        rows: eb.ref('excluded.rows'),
      })),
    )
    .execute();
}

export async function countStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  const row = await db
    .selectFrom('import_session_chunks')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('row_count'), eb.lit(0)).as('n'))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every staged row in file order. */
export async function listStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  const chunks = await db
    .selectFrom('import_session_chunks')
    .select('rows')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .orderBy('first_row')
    .execute();
  return chunks.flatMap((c) => c.rows);
}

export function deleteStagedImportRows(db: Db, scope: CentreScope, sessionId: string) {
  return db
    .deleteFrom('import_session_chunks')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('session_id', '=', sessionId)
    .execute();
}
