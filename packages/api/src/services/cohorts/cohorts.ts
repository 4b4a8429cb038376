import {
  type CentreScope,
  findPublishedFrameworkVersion,
  insertCohort,
  listCentreSubmissions,
  listCohortsWithCounts,
  listLearnersOfYear,
  listPublishedFrameworkVersions,
  type TrustScope,
} from '@bacc/db';
import type { CohortCreateInput } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, invalid } from '../../errors.ts';
import { audit } from '../audit.ts';
import { uniqueViolation } from '../db-errors.ts';
import { recomputeDecisions } from '../records/decisions.ts';
import type { Actor } from './actor.ts';

/** The centre's leaving years with their framework version, head counts and submissions. */
export async function listCohorts(ctx: Context, scope: CentreScope) {
  const [cohorts, submissions] = await Promise.all([
    listCohortsWithCounts(ctx.db, scope),
    listCentreSubmissions(ctx.db, scope),
  ]);
  return cohorts.map((c) => ({
    ...c,
    learnerCount: Number(c.learnerCount ?? 0),
    awardedCount: Number(c.awardedCount ?? 0),
    submissions: submissions
      .filter((s) => s.leavingYear === c.leavingYear)
      .map(({ centreId: _c, centreName: _n, ...s }) => s),
  }));
}

export function listPublishedFrameworks(ctx: Context, scope: TrustScope) {
  return listPublishedFrameworkVersions(ctx.db, scope);
}

/**
 * Opens a leaving year for the centre, pinned to a published framework version, and decides
 * any learners already entered for that year.
 */
export async function createCohort(ctx: Actor, scope: CentreScope, input: CohortCreateInput) {
  return ctx.db.transaction().execute(async (tx) => {
    const version = await findPublishedFrameworkVersion(tx, scope, input.frameworkVersionId);
    if (!version)
      throw invalid('Choose one of the trust’s published framework versions.', {
        field: 'frameworkVersionId',
      });
    const cohort = await insertCohort(tx, scope, input).catch((e: unknown) => {
      if (uniqueViolation(e))
        throw conflict(`There is already a cohort for leavers in ${input.leavingYear}.`, {
          field: 'leavingYear',
        });
      throw e;
    });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'cohort.created',
      entity: 'cohort',
      entityId: cohort.id,
      after: { ...cohort, frameworkName: version.name, frameworkVersion: version.versionNumber },
    });
    const learners = await listLearnersOfYear(tx, scope, input.leavingYear);
    const { decided } = await recomputeDecisions(tx, scope, learners);
    return { ...cohort, decided };
  });
}
