import {
  type CentreScope,
  deleteStagedImportRows,
  findImportByHash,
  insertImportRecord,
  recordAuditEvents,
  updateImportSession,
} from '@bacc/db';
import type { SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid } from '../../errors.ts';
import { audit } from '../audit.ts';
import { recomputeDecisions } from '../records/decisions.ts';
import { planImport } from './check.ts';
import { stagedFile } from './dry-run.ts';
import { openSession } from './sessions.ts';

type Actor = Context & { user: SessionUser };

/**
 * Commits a checked import in ONE transaction: every row is checked again against the database
 * as it is now, and any problem commits nothing. The same file content committed before (the
 * `imports` unique key) changes nothing and says so. Afterwards every learner whose record
 * changed is decided again, and the audit log gets one `import.committed` event plus one event
 * per changed learner.
 */
export async function commitImport(ctx: Actor, scope: CentreScope, sessionId: string) {
  return ctx.db.transaction().execute(async (tx) => {
    const session = await openSession(tx, scope, sessionId, true);
    if (session.status === 'committed') throw conflict('This import has already been committed.');
    if (session.status !== 'checked' || !session.fileHash)
      throw invalid('Check the file (the dry run) before importing it.');
    const { rows, hash } = await stagedFile(tx, scope, session);
    if (hash !== session.fileHash)
      throw invalid('The file changed after it was checked. Check it again.');

    const already = async (previous: { id: string; committedAt: Date }) => {
      await updateImportSession(tx, scope, sessionId, {
        status: 'committed',
        importId: previous.id,
      });
      await deleteStagedImportRows(tx, scope, sessionId);
      return {
        status: 'already_imported' as const,
        importId: previous.id,
        committedAt: previous.committedAt,
      };
    };
    const previous = await findImportByHash(tx, scope, session.kind, hash);
    if (previous) return already(previous);

    const plan = await planImport(tx, scope, session.kind, session.headers, session.mapping, rows);
    if (plan.errors.length > 0) {
      const first = plan.errors[0]!;
      throw invalid(
        `Nothing was imported: the file has ${plan.errors.length.toLocaleString('en-GB')} problem${plan.errors.length === 1 ? '' : 's'}. Row ${first.row}, ${first.column}: ${first.message}.`,
        { errorCount: plan.errors.length, errors: plan.errors.slice(0, 100) },
      );
    }
    const summary = { counts: plan.counts, rowCount: rows.length };
    const record = await insertImportRecord(tx, scope, {
      kind: session.kind,
      fileHash: hash,
      fileName: session.fileName,
      rowCount: rows.length,
      summary,
      committedBy: ctx.user.id,
    });
    if (!record) return already((await findImportByHash(tx, scope, session.kind, hash))!);

    const outcome = await plan.write(tx, ctx.user.id);
    const decisions = await recomputeDecisions(tx, scope, outcome.learners);
    await updateImportSession(tx, scope, sessionId, { status: 'committed', importId: record.id });
    await deleteStagedImportRows(tx, scope, sessionId);
    // Audit last: the first audit entry takes the chain's lock until commit, so everything
    // slow (writing, deciding again) happens before it and other writers wait only briefly.
    await recordAuditEvents(
      tx,
      outcome.events.map((e) => ({
        ...e,
        trustId: scope.trustId,
        centreId: scope.centreId,
        actorUserId: ctx.user.id,
      })),
    );
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'import.committed',
      entity: 'import',
      entityId: record.id,
      after: {
        kind: session.kind,
        fileName: session.fileName,
        fileHash: hash,
        rowCount: rows.length,
        counts: plan.counts,
        learnersChanged: outcome.learners.length,
      },
    });
    return {
      status: 'committed' as const,
      importId: record.id,
      committedAt: record.committedAt,
      counts: plan.counts,
      learnersChanged: outcome.learners.length,
      decided: decisions.decided,
    };
  });
}
