import type { ImportKind } from '../../database.ts';
import type { CentreScope, Db } from '../scope.ts';

/** The committed import of the same file content, if there was one. */
export function findImportByHash(db: Db, scope: CentreScope, kind: ImportKind, fileHash: string) {
  return db
    .selectFrom('imports')
    .select(['id', 'file_name as fileName', 'committed_at as committedAt', 'row_count as rowCount'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('kind', '=', kind)
    .where('file_hash', '=', fileHash)
    .executeTakeFirst();
}

/**
 * Records a committed import; undefined when the same file was committed already (the unique
 * key holds even against a concurrent commit of the same file, which waits and then finds it).
 */
export function insertImportRecord(
  db: Db,
  scope: CentreScope,
  r: {
    kind: ImportKind;
    fileHash: string;
    fileName: string;
    rowCount: number;
    summary: unknown;
    committedBy: string;
  },
) {
  return db
    .insertInto('imports')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      kind: r.kind,
      file_hash: r.fileHash,
      file_name: r.fileName,
      row_count: r.rowCount,
      summary: JSON.stringify(r.summary),
      committed_by: r.committedBy,
    })
    .onConflict((oc) => oc.columns(['trust_id', 'centre_id', 'kind', 'file_hash']).doNothing())
    .returning(['id', 'committed_at as committedAt'])
    .executeTakeFirst();
}

export async function findImportMapping(
  db: Db,
  scope: CentreScope,
  kind: ImportKind,
  headerSignature: string,
) {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('kind', '=', kind)
    .where('header_signature', '=', headerSignature)
    .executeTakeFirst();
  return row?.mapping;
}

export function saveImportMapping(
  db: Db,
  scope: CentreScope,
  kind: ImportKind,
  headerSignature: string,
  mapping: Record<string, string>,
) {
  return db
    .insertInto('import_mappings')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      kind,
      header_signature: headerSignature,
      mapping: JSON.stringify(mapping),
    })
    .onConflict((oc) =>
      oc
        .columns(['trust_id', 'centre_id', 'kind', 'header_signature'])
        .doUpdateSet({ mapping: JSON.stringify(mapping), updated_at: new Date() }),
    )
    .execute();
}
