import { type CentreScope, findCohortByYear, listSubmissionCandidates } from '@bacc/db';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { isHeld } from './rules.ts';

/** Why a learner cannot be submitted now; null when they can. */
export type Blocker = 'submitted' | 'approved' | 'no_decision' | 'provisional' | null;

/** Every learner of a cohort with whether they can be submitted now, and if not, why not. */
export async function submissionCandidates(ctx: Context, scope: CentreScope, leavingYear: number) {
  const cohort = await findCohortByYear(ctx.db, scope, leavingYear);
  if (!cohort) throw notFound(`A cohort of leavers in ${leavingYear}`);
  const rows = await listSubmissionCandidates(ctx.db, scope, leavingYear);
  return rows.map((r) => {
    const provisionalResults = r.provisionalResults ?? 0;
    const blocker: Blocker = isHeld(r)
      ? r.submissionStatus === 'approved'
        ? 'approved'
        : 'submitted'
      : !r.decided
        ? 'no_decision'
        : provisionalResults > 0
          ? 'provisional'
          : null;
    return { ...r, provisionalResults, blocker, ready: blocker === null };
  });
}
