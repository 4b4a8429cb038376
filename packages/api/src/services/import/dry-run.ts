import {
  type CentreScope,
  countStagedImportRows,
  findImportByHash,
  listStagedImportRows,
  updateImportSession,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { conflict, invalid } from '../../errors.ts';
import { planImport } from './check.ts';
import { ERRORS_SHOWN, openSession } from './sessions.ts';
import { fileHash } from './values.ts';

/** The staged rows of a session, complete, with the hash of the file they make. */
export async function stagedFile(
  db: Context['db'],
  scope: CentreScope,
  session: { id: string; rowCount: number; headers: string[] },
) {
  const received = await countStagedImportRows(db, scope, session.id);
  if (received !== session.rowCount)
    throw invalid(
      `Only ${received.toLocaleString('en-GB')} of the file’s ${session.rowCount.toLocaleString('en-GB')} rows arrived. Choose the file again to upload it all.`,
    );
  const rows = await listStagedImportRows(db, scope, session.id);
  // Chunks that overlapped (a client resending with other boundaries) would repeat rows.
  if (rows.some((r, i) => i > 0 && r.row <= rows[i - 1]!.row))
    throw invalid('The file’s rows arrived out of order. Choose the file again to upload it.');
  return { rows, hash: fileHash(session.headers, rows) };
}

/**
 * Checks every row of the uploaded file against the schemas and the database and says what
 * committing would do, writing nothing but the check's outcome on the session.
 */
export async function dryRunImport(ctx: Context, scope: CentreScope, sessionId: string) {
  const session = await openSession(ctx.db, scope, sessionId);
  if (session.status === 'committed') throw conflict('This import has already been committed.');
  const { rows, hash } = await stagedFile(ctx.db, scope, session);
  const previous = await findImportByHash(ctx.db, scope, session.kind, hash);
  if (previous) {
    const outcome = {
      sessionId,
      kind: session.kind,
      fileHash: hash,
      rowCount: rows.length,
      counts: { create: 0, update: 0, unchanged: rows.length },
      errorCount: 0,
      errors: [],
      preview: [],
      alreadyImported: previous,
    };
    await updateImportSession(ctx.db, scope, sessionId, {
      status: 'checked',
      fileHash: hash,
      dryRun: outcome,
      errors: [],
    });
    return outcome;
  }
  const plan = await planImport(
    ctx.db,
    scope,
    session.kind,
    session.headers,
    session.mapping,
    rows,
  );
  const outcome = {
    sessionId,
    kind: session.kind,
    fileHash: hash,
    rowCount: rows.length,
    counts: plan.counts,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, ERRORS_SHOWN),
    preview: plan.preview,
    alreadyImported: null,
  };
  await updateImportSession(ctx.db, scope, sessionId, {
    status: 'checked',
    fileHash: hash,
    dryRun: { ...outcome, errors: undefined },
    errors: plan.errors,
  });
  return outcome;
}
