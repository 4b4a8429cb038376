import {
  attachLearnersToSubmission,
  type CentreScope,
  findCohortByYear,
  insertSubmission,
  listSubmissionCandidates,
} from '@bacc/db';
import type { SubmissionCreateInput } from '@bacc/schema';
import { conflict, invalid, notFound } from '../../errors.ts';
import { assertCentreAccredited } from '../accreditation/guard.ts';
import { audit } from '../audit.ts';
import type { Actor } from '../cohorts/actor.ts';
import { isHeld, submissionProblems } from './rules.ts';

/**
 * Hands a cohort (every learner not already with the trust) or chosen learners of it to the
 * trust for award. Their records lock until the trust returns the submission.
 */
export async function submitForAward(ctx: Actor, scope: CentreScope, input: SubmissionCreateInput) {
  const year = input.leavingYear;
  return ctx.db.transaction().execute(async (tx) => {
    await assertCentreAccredited(tx, scope, ctx.now());
    const cohort = await findCohortByYear(tx, scope, year);
    if (!cohort) throw notFound(`A cohort of leavers in ${year}`);
    const ids = input.learnerIds ? [...new Set(input.learnerIds)] : undefined;
    const found = await listSubmissionCandidates(tx, scope, year, ids);
    if (ids && found.length !== ids.length)
      throw notFound(
        `${ids.length - found.length} of the chosen learners in the ${year} cohort at this centre`,
      );
    const chosen = ids ? found : found.filter((c) => !isHeld(c));
    if (chosen.length === 0)
      throw invalid(
        found.length === 0
          ? `There are no learners in the ${year} cohort to submit.`
          : `Every learner in the ${year} cohort has already been submitted.`,
      );
    const problems = submissionProblems(chosen);
    if (problems) throw invalid(problems.message, { learners: problems.learners });

    const submission = await insertSubmission(tx, scope, {
      cohortId: cohort.id,
      learnerCount: chosen.length,
      submittedBy: ctx.user.id,
    });
    const learnerIds = chosen.map((c) => c.id);
    const [attached] = await attachLearnersToSubmission(tx, scope, submission.id, learnerIds);
    if (Number(attached?.numUpdatedRows ?? 0) !== learnerIds.length)
      throw conflict('Someone else changed these learners just now. Check the list and try again.');
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'submission.created',
      entity: 'submission',
      entityId: submission.id,
      after: { leavingYear: year, learnerCount: chosen.length, status: submission.status },
    });
    for (const c of chosen)
      await audit(tx, ctx.user, {
        centreId: scope.centreId,
        action: 'learner.submitted',
        entity: 'learner',
        entityId: c.id,
        before: { submission: c.submissionStatus ?? 'none' },
        after: { submission: 'pending', submissionId: submission.id },
      });
    return { ...submission, leavingYear: year, learnerIds };
  });
}
