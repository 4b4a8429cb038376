import {
  countDestinationsByTier,
  countLearnersByDecision,
  listAnalyticsCentres,
  listCohortFrameworkDefinitions,
  type TrustScope,
} from '@bacc/db';
import type { AnalyticsInput } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { labelsFrom } from './labels.ts';
import { summariseAnalytics } from './summarise.ts';

/** Analytics across the trust's centres, for one cohort year or all, for one centre or all. */
export async function analyticsOverview(ctx: Context, scope: TrustScope, input: AnalyticsInput) {
  const [decisions, destinations, definitions, centres] = await Promise.all([
    countLearnersByDecision(ctx.db, scope),
    countDestinationsByTier(ctx.db, scope),
    listCohortFrameworkDefinitions(ctx.db, scope),
    listAnalyticsCentres(ctx.db, scope),
  ]);
  if (input.centreId && !centres.some((c) => c.id === input.centreId))
    throw notFound('That centre');
  return summariseAnalytics(
    {
      decisions,
      destinations,
      centres,
      labels: labelsFrom(definitions.map((d) => d.definition)),
    },
    { leavingYear: input.leavingYear, centreId: input.centreId },
  );
}
