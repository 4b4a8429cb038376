import {
  type CentreScope,
  cohortFigures,
  findCohortByYear,
  learnersClosestToNextTier,
  listCentreSubmissions,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { compiledFrameworkVersion } from '../records/frameworks.ts';
import { componentFigures, gapNeeds, pathwayFigures, tierFigures } from './figures.ts';

const CLOSEST = 10;

/**
 * One leaving year at a glance, every figure counted from the stored decisions: learners by
 * tier, pathway and component, and those nearest their next tier.
 */
export async function cohortDashboard(ctx: Context, scope: CentreScope, leavingYear: number) {
  const cohort = await findCohortByYear(ctx.db, scope, leavingYear);
  if (!cohort) throw notFound(`A cohort of leavers in ${leavingYear}`);
  const [{ version, framework }, figures, closest, submissions] = await Promise.all([
    compiledFrameworkVersion(ctx.db, scope, cohort.frameworkVersionId),
    cohortFigures(ctx.db, scope, leavingYear),
    learnersClosestToNextTier(ctx.db, scope, leavingYear, CLOSEST),
    listCentreSubmissions(ctx.db, scope),
  ]);
  const definition = framework.definition;
  const { learners: total, decided } = figures.totals;
  const tierName = (id: string | null) =>
    definition.tiers.find((t) => t.id === id)?.name ?? id ?? 'No award yet';
  return {
    leavingYear,
    cohortId: cohort.id,
    framework: { id: version.id, name: version.name, versionNumber: version.versionNumber },
    total,
    decided,
    tiers: tierFigures(definition, figures.byTier, total),
    pathways: pathwayFigures(definition, figures.byPathway, total),
    components: componentFigures(definition, figures.byMissing, decided, total),
    closest: closest.map((l) => ({
      id: l.id,
      legalGivenName: l.legalGivenName,
      legalFamilyName: l.legalFamilyName,
      preferredName: l.preferredName,
      tier: l.tier ?? 'none',
      tierName: tierName(l.tier),
      nextTier: l.nextTier as string,
      nextTierName: tierName(l.nextTier),
      gapSize: l.gapSize ?? 0,
      needs: gapNeeds(l.gap),
    })),
    submissions: submissions
      .filter((s) => s.leavingYear === leavingYear)
      .map(({ centreId: _c, centreName: _n, ...s }) => s),
  };
}
