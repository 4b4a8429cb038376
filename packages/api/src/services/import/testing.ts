import { IMPORT_CHUNK_ROWS, type ImportKind, type ImportMapping } from '@bacc/schema';
import type { createCaller } from '../../root.ts';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { parseCsv } from './csv.ts';
import { publishFrameworkFor, seedImportCatalogue } from './fixtures.ts';

type Caller = ReturnType<typeof createCaller>;

/**
 * Imports CSV text the way the portal does: parse, take the suggested mapping, open a session,
 * send the rows in chunks, dry run, then (unless `dryRunOnly`) commit. For tests and the benchmark.
 */
export async function importCsv(
  caller: Caller,
  centreId: string,
  kind: ImportKind,
  text: string,
  options: {
    fileName?: string;
    mapping?: ImportMapping;
    dryRunOnly?: boolean;
    chunkRows?: number;
  } = {},
) {
  const file = parseCsv(text);
  const mapping =
    options.mapping ??
    (await caller.centre.import.suggestMapping({ centreId, kind, headers: file.headers })).mapping;
  const { sessionId } = await caller.centre.import.start({
    centreId,
    kind,
    fileName: options.fileName ?? `${kind}.csv`,
    headers: file.headers,
    mapping,
    rowCount: file.rows.length,
  });
  const chunk = options.chunkRows ?? IMPORT_CHUNK_ROWS;
  const started = performance.now();
  for (let i = 0; i < file.rows.length; i += chunk)
    await caller.centre.import.stage({ centreId, sessionId, rows: file.rows.slice(i, i + chunk) });
  const staged = performance.now();
  const dryRun = await caller.centre.import.dryRun({ centreId, sessionId });
  const checked = performance.now();
  if (options.dryRunOnly)
    return {
      sessionId,
      file,
      dryRun,
      commit: null,
      timings: { stageMs: staged - started, dryRunMs: checked - staged, commitMs: 0 },
    };
  const commit = await caller.centre.import.commit({ centreId, sessionId });
  return {
    sessionId,
    file,
    dryRun,
    commit,
    timings: {
      stageMs: staged - started,
      dryRunMs: checked - staged,
      commitMs: performance.now() - checked,
    },
  };
}

/** The n-th valid ULN of a deterministic series (n from 0), for generated files. */
export function ulnFor(n: number, prefix = 1): string {
  for (let k = n * 2; ; k++) {
    const body = `${prefix}${String(k).padStart(8, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = (((10 - sum) % 11) + 11) % 11;
    if (check < 10) return `${body}${check}`;
  }
}

/** A trust with the import catalogue and a published framework for both centres' 2026 leavers. */
export async function setUpImportTenant(db: Parameters<typeof createTenantWithUsers>[0]) {
  const t = await createTenantWithUsers(db, 'Import');
  await seedImportCatalogue(db, t.trust.id);
  await publishFrameworkFor(db, t.trust.id, [t.centreA.id, t.centreB.id], [2026]);
  return { t, staffA: callerFor(db, t.staffA), staffB: callerFor(db, t.staffB) };
}
