import {
  type CentreScope,
  countStagedImportRows,
  createImportSession,
  deleteStaleImportSessions,
  findImportMapping,
  findImportSession,
  findImportSessionErrors,
  saveImportMapping,
  stageImportRows,
  updateImportSession,
} from '@bacc/db';
import {
  applicableMapping,
  guessMapping,
  type ImportKind,
  type ImportMapping,
  mappingProblems,
  type SessionUser,
} from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { checkRows } from './check.ts';
import type { ImportRowError } from './types.ts';
import { headerSignature } from './values.ts';

type Actor = Context & { user: SessionUser };
const DAY = 24 * 60 * 60 * 1000;
/** Errors returned with each chunk or dry run; the full list is one call away (`errors`). */
export const ERRORS_SHOWN = 500;

/** The centre's remembered mapping for this header row, else automatic guesses. */
export async function suggestImportMapping(
  ctx: Context,
  scope: CentreScope,
  kind: ImportKind,
  headers: string[],
) {
  const remembered = await findImportMapping(ctx.db, scope, kind, headerSignature(headers));
  return remembered
    ? { mapping: applicableMapping(kind, headers, remembered), remembered: true }
    : { mapping: guessMapping(kind, headers), remembered: false };
}

/** Opens an import of one file: remembers its mapping and waits for its rows. */
export async function startImport(
  ctx: Actor,
  scope: CentreScope,
  input: {
    kind: ImportKind;
    fileName: string;
    headers: string[];
    mapping: ImportMapping;
    rowCount: number;
  },
) {
  const mapping = applicableMapping(input.kind, input.headers, input.mapping);
  const problems = mappingProblems(input.kind, mapping);
  if (problems.length > 0) throw invalid(`${problems.join('. ')}.`, { problems });
  return ctx.db.transaction().execute(async (tx) => {
    await deleteStaleImportSessions(tx, scope, new Date(Date.now() - DAY));
    await saveImportMapping(tx, scope, input.kind, headerSignature(input.headers), mapping);
    const session = await createImportSession(tx, scope, {
      ...input,
      mapping,
      createdBy: ctx.user.id,
    });
    return { sessionId: session.id, mapping };
  });
}

export async function openSession(
  db: Context['db'],
  scope: CentreScope,
  sessionId: string,
  forUpdate = false,
) {
  const session = await findImportSession(db, scope, sessionId, forUpdate);
  if (!session) throw notFound('That import');
  return session;
}

/**
 * Stores a chunk of the file's rows and checks each against the shared schemas, so problems show
 * while the rest uploads. Sending rows after a dry run means the file must be checked again.
 */
export async function stageImportChunk(
  ctx: Context,
  scope: CentreScope,
  sessionId: string,
  rows: Array<{ row: number; cells: string[] }>,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const session = await openSession(tx, scope, sessionId, true);
    if (session.status === 'committed') throw conflict('This import has already been committed.');
    if (rows.some((r, i) => i > 0 && r.row <= rows[i - 1]!.row))
      throw invalid('Send each chunk’s rows in file order, each row once.');
    const checked = checkRows(session.kind, session.headers, session.mapping, rows);
    await stageImportRows(tx, scope, sessionId, rows);
    if (session.status !== 'staging')
      await updateImportSession(tx, scope, sessionId, { status: 'staging' });
    const received = await countStagedImportRows(tx, scope, sessionId);
    return {
      received,
      expected: session.rowCount,
      errorCount: checked.errors.length,
      errors: checked.errors.slice(0, ERRORS_SHOWN),
    };
  });
}

/** Every problem the last dry run found, for the downloadable report. */
export async function listImportErrors(ctx: Context, scope: CentreScope, sessionId: string) {
  const errors = await findImportSessionErrors(ctx.db, scope, sessionId);
  if (errors === undefined) throw notFound('That import');
  return errors as ImportRowError[];
}
