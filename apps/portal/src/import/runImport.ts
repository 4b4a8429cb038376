import { IMPORT_CHUNK_ROWS, type ImportKind, type ImportMapping } from '@bacc/schema';
import type { ParsedFile } from './parseCsv.ts';
import type { DryRun, ImportClient } from './types.ts';

export interface CheckProgress {
  /** 0..100 across the whole check: reading the file, uploading with row checks, the dry run. */
  percent: number;
  text: string;
  problemsSoFar: number;
}

// Shares of the bar: reading happens before this runs (0-10), uploading is by rows.
const UPLOAD_FROM = 10;
const UPLOAD_TO = 85;
const n = (v: number) => v.toLocaleString('en-GB');

// Well under the server's 8 MB request limit (apps/server/src/app.ts) even for wide files.
const CHUNK_CHARS = 2_000_000;

/** At most IMPORT_CHUNK_ROWS rows and about CHUNK_CHARS characters of cells a chunk. */
export function* chunksOf<R extends { cells: string[] }>(rows: readonly R[]): Generator<R[]> {
  let chunk: R[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = row.cells.reduce((sum, c) => sum + c.length + 3, 8);
    if (chunk.length > 0 && (chunk.length === IMPORT_CHUNK_ROWS || chars + size > CHUNK_CHARS)) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
    chunk.push(row);
    chars += size;
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Uploads the parsed file in chunks (each checked row by row as it arrives), then asks the
 * server for the dry run of the whole file. Progress is reported after every chunk.
 */
export async function checkFile(
  api: ImportClient,
  centreId: string,
  kind: ImportKind,
  file: ParsedFile,
  mapping: ImportMapping,
  onProgress: (p: CheckProgress) => void,
): Promise<DryRun> {
  const { sessionId } = await api.start.mutate({
    centreId,
    kind,
    fileName: file.fileName,
    headers: file.headers,
    mapping,
    rowCount: file.rows.length,
  });
  let problems = 0;
  let sent = 0;
  for (const chunk of chunksOf(file.rows)) {
    const staged = await api.stage.mutate({ centreId, sessionId, rows: chunk });
    problems += staged.errorCount;
    sent += chunk.length;
    onProgress({
      percent: UPLOAD_FROM + ((UPLOAD_TO - UPLOAD_FROM) * sent) / file.rows.length,
      text: `Uploaded and checked ${n(sent)} of ${n(file.rows.length)} rows`,
      problemsSoFar: problems,
    });
  }
  onProgress({
    percent: UPLOAD_TO,
    text: `Checking all ${n(file.rows.length)} rows against your centre’s records`,
    problemsSoFar: problems,
  });
  const result = await api.dryRun.mutate({ centreId, sessionId });
  onProgress({ percent: 100, text: 'Check complete', problemsSoFar: result.errorCount });
  return result;
}
