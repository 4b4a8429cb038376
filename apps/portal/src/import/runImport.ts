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
  for (let i = 0; i < file.rows.length; i += IMPORT_CHUNK_ROWS) {
    const chunk = file.rows.slice(i, i + IMPORT_CHUNK_ROWS);
    const staged = await api.stage.mutate({ centreId, sessionId, rows: chunk });
    problems += staged.errorCount;
    const sent = i + chunk.length;
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
