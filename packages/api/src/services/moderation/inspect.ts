import {
  findLearnerDecision,
  findSubmissionLearner,
  listActivities,
  listProjectsWithQualifications,
  listResultsWithQualifications,
  type TrustScope,
} from '@bacc/db';
import type { Decision } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';

/**
 * One learner of a submission, read-only: the record's evidence and the stored decision with
 * its explanation, exactly as the centre submitted it.
 */
export async function inspectSubmissionLearner(
  ctx: Context,
  scope: TrustScope,
  submissionId: string,
  learnerId: string,
) {
  const learner = await findSubmissionLearner(ctx.db, scope, submissionId, learnerId);
  if (!learner) throw notFound('That learner in this submission');
  const centreScope = { trustId: scope.trustId, centreId: learner.centreId };
  const ids = [learner.id];
  const [stored, results, projects, activities] = await Promise.all([
    findLearnerDecision(ctx.db, centreScope, learner.id),
    listResultsWithQualifications(ctx.db, centreScope, ids),
    listProjectsWithQualifications(ctx.db, centreScope, ids),
    listActivities(ctx.db, centreScope, ids),
  ]);
  return {
    learner,
    decision: stored ? (stored.decision as Decision) : null,
    decidedAt: stored?.computedAt ?? null,
    evidence: {
      results: results.map((r) => ({
        id: r.id,
        title: r.title,
        qn: r.qn,
        type: r.type,
        level: r.level,
        category: r.category,
        grade: r.grade,
        status: r.status,
      })),
      projects: projects.map((p) => ({
        id: p.id,
        title: p.title,
        kind: p.kind,
        level: p.level,
        grade: p.grade,
        hours: p.hours,
      })),
      activities: activities.map((a) => ({
        id: a.id,
        strand: a.strand,
        hours: a.hours,
        description: a.description,
        verified: a.verifiedBy !== null,
        startedOn: a.startedOn,
        endedOn: a.endedOn,
      })),
    },
  };
}
