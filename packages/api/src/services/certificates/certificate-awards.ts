import {
  type CentreScope,
  findAward,
  findCohortForCertificates,
  listCohortAwardsForCertificates,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { type AwardView, toAwardView } from '../awards/view.ts';

/** One award of the centre, as its certificate prints it. */
export async function awardForCertificate(
  ctx: Context,
  scope: CentreScope,
  awardId: string,
): Promise<AwardView> {
  const row = UUID.test(awardId) ? await findAward(ctx.db, scope, awardId) : undefined;
  if (!row) throw notFound('That award');
  if (row.erased_at || row.learner_name === '')
    throw conflict(
      'The record behind this award was erased at the centre’s request, so there is no certificate to print.',
    );
  return toAwardView(ctx, row);
}

/** Every current award of one of the centre's cohorts, in name order. */
export async function cohortAwardsForCertificates(
  ctx: Context,
  scope: CentreScope,
  cohortId: string,
): Promise<{ leavingYear: number; awards: AwardView[] }> {
  const cohort = UUID.test(cohortId)
    ? await findCohortForCertificates(ctx.db, scope, cohortId)
    : undefined;
  if (!cohort) throw notFound('That cohort');
  const rows = await listCohortAwardsForCertificates(ctx.db, scope, cohort.leavingYear);
  return { leavingYear: cohort.leavingYear, awards: rows.map((row) => toAwardView(ctx, row)) };
}

// Ids come from a URL path here, not a zod-checked tRPC input: refuse anything PostgreSQL
// would reject as a uuid before it reaches a query.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
