import {
  findGradeScaleForAdmin,
  findPointsTable,
  insertGradeScale,
  insertPointsTable,
  listGradeScalesForAdmin,
  listGradesInUse,
  listPointsTables,
  type TrustScope,
  updateGradeScaleAtVersion,
  updatePointsTableAtVersion,
} from '@bacc/db';
import type { GradeScale, PointsTableInput, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { uniqueViolation } from '../db-errors.ts';

type Actor = Context & { user: SessionUser };

/** Grade scales (grades lowest first) with each points table's points beside them. */
export async function listScalesAndPoints(ctx: Context, scope: TrustScope) {
  const [scales, tables] = await Promise.all([
    listGradeScalesForAdmin(ctx.db, scope),
    listPointsTables(ctx.db, scope),
  ]);
  return {
    scales: scales.map((s) => ({ ...s, qualificationCount: Number(s.qualificationCount ?? 0) })),
    pointsTables: tables,
  };
}

export async function addGradeScale(ctx: Actor, scope: TrustScope, input: GradeScale) {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await insertGradeScale(tx, scope, input).catch((e) => {
      if (uniqueViolation(e))
        throw conflict(`There is already a grade scale with the key "${input.key}".`, {
          field: 'key',
        });
      throw e;
    });
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'grade_scale.created',
      entity: 'grade_scale',
      entityId: input.key,
      after: row,
    });
    return row;
  });
}

/** Renames or reorders a scale; a grade that results hold cannot be removed from it. */
export async function editGradeScale(
  ctx: Actor,
  scope: TrustScope,
  input: { key: string; version: number; name: string; grades: string[] },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findGradeScaleForAdmin(tx, scope, input.key);
    if (!before) throw notFound('That grade scale');
    if (before.version !== input.version)
      throw conflict('Someone else saved this grade scale after you opened it.', {
        current: before,
      });
    const inUse = await listGradesInUse(tx, scope, input.key);
    const dropped = inUse.filter((g) => !input.grades.includes(g));
    if (dropped.length > 0)
      throw invalid(
        `Grade(s) ${dropped.join(', ')} cannot be removed: learners' results hold them. Keep them on the scale.`,
        { field: 'grades', dropped },
      );
    const after = await updateGradeScaleAtVersion(tx, scope, input.key, input.version, input);
    if (!after) throw conflict('Someone else saved this grade scale just now.');
    await audit(tx, ctx.user, {
      centreId: null,
      action: 'grade_scale.updated',
      entity: 'grade_scale',
      entityId: input.key,
      before,
      after,
    });
    return after;
  });
}

/** Creates a points table, or saves an edit at `version`; every scale and grade must exist. */
export async function savePointsTable(
  ctx: Actor,
  scope: TrustScope,
  input: PointsTableInput & { version?: number | undefined },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const scales = new Map(
      (await listGradeScalesForAdmin(tx, scope)).map((s) => [s.key, s.grades as string[]]),
    );
    for (const [scaleKey, grades] of Object.entries(input.points)) {
      const scale = scales.get(scaleKey);
      if (!scale) throw invalid(`There is no grade scale "${scaleKey}" in this trust.`);
      const unknown = Object.keys(grades).filter((g) => !scale.includes(g));
      if (unknown.length > 0)
        throw invalid(`Grade(s) ${unknown.join(', ')} are not on the scale "${scaleKey}".`);
    }
    const before = await findPointsTable(tx, scope, input.key);
    let after: Awaited<ReturnType<typeof insertPointsTable>> | undefined;
    if (input.version === undefined) {
      if (before) throw conflict(`There is already a points table with the key "${input.key}".`);
      after = await insertPointsTable(tx, scope, input);
    } else {
      if (!before) throw notFound('That points table');
      after = await updatePointsTableAtVersion(tx, scope, input.key, input.version, input);
      if (!after)
        throw conflict('Someone else saved this points table after you opened it.', {
          current: before,
        });
    }
    await audit(tx, ctx.user, {
      centreId: null,
      action: before ? 'points_table.updated' : 'points_table.created',
      entity: 'points_table',
      entityId: input.key,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}
