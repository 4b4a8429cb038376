import {
  type CatalogueQuery,
  countQualificationUses,
  type Db,
  deleteQualificationAtVersion,
  findCatalogueQualification,
  findGradeScaleForAdmin,
  insertQualifications,
  listCatalogueQualifications,
  type QualificationFields,
  type TrustScope,
  updateQualificationAtVersion,
} from '@bacc/db';
import type { QualificationInput, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { uniqueViolation } from '../db-errors.ts';

type Actor = Context & { user: SessionUser };

export const toQualificationColumns = (q: QualificationInput): QualificationFields => ({
  qn: q.qn,
  title: q.title,
  type: q.type,
  subject: q.subject,
  level: q.level,
  glh: q.glh,
  tqt: q.tqt,
  size_a_levels: q.sizeALevels,
  category: q.category,
  discount_code: q.discountCode,
  grade_scale: q.gradeScale,
});

export async function listCatalogue(ctx: Context, scope: TrustScope, query: CatalogueQuery) {
  const rows = await listCatalogueQualifications(ctx.db, scope, query);
  return rows.map((r) => ({ ...r, resultCount: Number(r.resultCount ?? 0) }));
}

export async function getQualification(ctx: Context, scope: TrustScope, id: string) {
  const row = await findCatalogueQualification(ctx.db, scope, id);
  if (!row) throw notFound('That qualification');
  return { ...row, uses: await countQualificationUses(ctx.db, scope, id) };
}

function explainDuplicate(error: unknown, qn: string | null): never {
  if (uniqueViolation(error)?.includes('qn'))
    throw conflict(`The catalogue already has a qualification with QN ${qn}.`, { field: 'qn' });
  throw error;
}

async function requireScale(db: Db, scope: TrustScope, key: string) {
  if (!(await findGradeScaleForAdmin(db, scope, key)))
    throw invalid(`There is no grade scale "${key}" in this trust: add it first.`, {
      field: 'gradeScale',
    });
}

export async function addQualification(ctx: Actor, scope: TrustScope, input: QualificationInput) {
  return ctx.db.transaction().execute(async (tx) => {
    await requireScale(tx, scope, input.gradeScale);
    const [row] = await insertQualifications(tx, scope, [toQualificationColumns(input)]).catch(
      (e) => explainDuplicate(e, input.qn),
    );
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'qualification.created',
      entity: 'qualification',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

/** Saves an edit made at `version`; a stale one is refused with the current values. */
export async function editQualification(
  ctx: Actor,
  scope: TrustScope,
  id: string,
  version: number,
  input: QualificationInput,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findCatalogueQualification(tx, scope, id);
    if (!before) throw notFound('That qualification');
    if (before.version !== version)
      throw conflict(
        'Someone else saved this qualification after you opened it. Review their changes, then edit again.',
        { current: before },
      );
    if (before.gradeScale !== input.gradeScale) {
      const uses = await countQualificationUses(tx, scope, id);
      if (uses.results > 0)
        throw conflict(
          `The grade scale cannot change: ${uses.results} result(s) hold grades on the current scale.`,
          { field: 'gradeScale' },
        );
      await requireScale(tx, scope, input.gradeScale);
    }
    const after = await updateQualificationAtVersion(
      tx,
      scope,
      id,
      version,
      toQualificationColumns(input),
    ).catch((e) => explainDuplicate(e, input.qn));
    if (!after)
      throw conflict('Someone else saved this qualification just now.', {
        current: await findCatalogueQualification(tx, scope, id),
      });
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'qualification.updated',
      entity: 'qualification',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** A qualification that any result or project uses is kept: deleting it would orphan evidence. */
export async function removeQualification(
  ctx: Actor,
  scope: TrustScope,
  id: string,
  version: number,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findCatalogueQualification(tx, scope, id);
    if (!before) throw notFound('That qualification');
    const uses = await countQualificationUses(tx, scope, id);
    if (uses.results > 0 || uses.projects > 0) {
      const parts = [
        uses.results > 0 ? `${uses.results} learner result(s)` : null,
        uses.projects > 0 ? `${uses.projects} project(s)` : null,
      ].filter(Boolean);
      throw conflict(
        `“${before.title}” cannot be deleted: ${parts.join(' and ')} use it. Those records must change first.`,
        { uses },
      );
    }
    const result = await deleteQualificationAtVersion(tx, scope, id, version);
    if (result.numDeletedRows === 0n)
      throw conflict('Someone else changed this qualification after you opened it.', {
        current: before,
      });
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'qualification.deleted',
      entity: 'qualification',
      entityId: id,
      before,
    });
    return { ok: true as const };
  });
}
