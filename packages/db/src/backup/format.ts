import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

// A Bacc backup is gzip'ed NDJSON, one JSON value a line, the same for PGlite and PostgreSQL:
//   {"format":"bacc-backup","version":1, ...header}
//   {"table":"trusts","columns":[...],"types":[...]}   then one line per row: ["text"|null, ...]
//   {"end":"trusts","rows":2}                           ... every table in reference order ...
//   {"sequences":[{"name":...,"value":...}],"tables":N,"rows":M,"complete":true}
// Every value is the column's PostgreSQL text form (UTC, ISO dates, hex bytea, jsonb text), so
// nothing is lost to a JavaScript type (numerics, big integers, jsonb number scales stay exact).
export const BACKUP_FORMAT = 'bacc-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: { kind: 'pglite' | 'postgres'; serverVersion: string };
  /** Applied migrations, by name: a restore brings the target to exactly these before loading. */
  migrations: string[];
  tables: Array<{ name: string; columns: string[] }>;
}

export interface TableStart {
  table: string;
  columns: string[];
  types: string[];
}

export interface TableEnd {
  end: string;
  rows: number;
}

export interface BackupTrailer {
  sequences: Array<{ name: string; value: string | null }>;
  tables: number;
  rows: number;
  complete: true;
}

/** Session settings under which text forms are written and read back identically. */
export const TEXT_FORM_SETTINGS = [
  `set local timezone = 'UTC'`,
  `set local datestyle = 'ISO, YMD'`,
  `set local intervalstyle = 'postgres'`,
  `set local bytea_output = 'hex'`,
  `set local extra_float_digits = 1`,
];

/** The backup's lines, parsed, streaming; a damaged or truncated file rejects with its line number. */
export async function* readBackupLines(path: string): AsyncGenerator<unknown> {
  const file = createReadStream(path);
  const gunzip = createGunzip();
  file.on('error', (e) => gunzip.destroy(e));
  file.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNo = 0;
  const parse = (line: string) => {
    lineNo++;
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`The backup is damaged: line ${lineNo} is not valid JSON.`);
    }
  };
  try {
    for await (const chunk of gunzip) {
      const lines = (pending + decoder.write(chunk as Buffer)).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line) yield parse(line);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new Error(`There is no backup file at ${path}.`);
    if (
      code === 'Z_DATA_ERROR' ||
      code === 'Z_BUF_ERROR' ||
      /unexpected end/i.test(String(error))
    ) {
      throw new Error(
        `The backup is damaged or incomplete: it stops being readable after line ${lineNo} (${(error as Error).message}).`,
      );
    }
    throw error;
  } finally {
    // A reader that stops early (a refused or failed restore) must not leave the file open.
    gunzip.destroy();
    file.destroy();
  }
  pending += decoder.end();
  if (pending) yield parse(pending);
}
