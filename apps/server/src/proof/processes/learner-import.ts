import { IMPORT_CHUNK_ROWS } from '@bacc/schema';
import { resultOf, type TrpcClient } from './http-client.ts';

const HEADERS = [
  'ULN',
  'Legal Surname',
  'Legal Forename',
  'Preferred Forename',
  'DOB',
  'Leaving Year',
];

/** The n-th valid ULN (ten digits, the last a mod-11 check digit) of a series starting with `prefix`. */
export function validUln(n: number, prefix = 7): string {
  for (let k = n * 2; ; k++) {
    const body = `${prefix}${String(k).padStart(8, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = (((10 - sum) % 11) + 11) % 11;
    if (check < 10) return `${body}${check}`;
  }
}

/** A different name for every n, in letters only (names may not hold digits). */
function nameFor(n: number): string {
  let name = '';
  for (let k = n; name.length < 4 || k > 0; k = Math.floor(k / 26))
    name = String.fromCharCode(97 + (k % 26)) + name;
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/** A learners file as the portal sends it after parsing: numbered rows (header = row 1). */
export function learnersFile(count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    cells: [validUln(i), nameFor(i), nameFor(i % 997), '', '2008-09-01', '2026'],
  }));
  return { fileName: `learners-${count}.csv`, headers: HEADERS, rows };
}

export type LearnersFile = ReturnType<typeof learnersFile>;

/** The portal's import steps over HTTP, one at a time, so a test can stop the server between them. */
export function importSteps(client: TrpcClient, centreId: string, file: LearnersFile) {
  return {
    async start(): Promise<string> {
      const { mapping } = resultOf<{ mapping: unknown }>(
        await client.mutation('centre.import.suggestMapping', {
          centreId,
          kind: 'learners',
          headers: file.headers,
        }),
      );
      const { sessionId } = resultOf<{ sessionId: string }>(
        await client.mutation('centre.import.start', {
          centreId,
          kind: 'learners',
          fileName: file.fileName,
          headers: file.headers,
          mapping,
          rowCount: file.rows.length,
        }),
      );
      return sessionId;
    },
    /** Sends chunks from `fromChunk` on; `onChunk` runs before each is sent. */
    async stage(sessionId: string, fromChunk = 0, onChunk: (chunk: number) => void = () => {}) {
      for (let c = fromChunk; c * IMPORT_CHUNK_ROWS < file.rows.length; c++) {
        onChunk(c);
        const rows = file.rows.slice(c * IMPORT_CHUNK_ROWS, (c + 1) * IMPORT_CHUNK_ROWS);
        const staged = resultOf<{ errorCount: number; errors: unknown[] }>(
          await client.mutation('centre.import.stage', { centreId, sessionId, rows }),
        );
        if (staged.errorCount > 0)
          throw new Error(`chunk ${c}: ${JSON.stringify(staged.errors.slice(0, 2))}`);
      }
    },
    dryRun: (sessionId: string) => client.mutation('centre.import.dryRun', { centreId, sessionId }),
    commit: (sessionId: string) => client.mutation('centre.import.commit', { centreId, sessionId }),
  };
}
