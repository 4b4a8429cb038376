import {
  type CentreScope,
  findFrameworkVersion,
  findLearner,
  findLearnerDecision,
  isLearnerLocked,
  listActivities,
  listCohortFrameworks,
  listGradeScales,
  listProjectsWithQualifications,
  listResultsWithQualifications,
} from '@bacc/db';
import type { Decision, FrameworkDefinition } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { notFound } from '../../errors.ts';

type ResultRow = Awaited<ReturnType<typeof listResultsWithQualifications>>[number];

/**
 * English and maths attainment: for each, the results in that subject and the best of them
 * (highest level, then highest grade on its scale).
 */
function englishAndMaths(results: ResultRow[], scales: Map<string, readonly string[]>) {
  const rank = (r: ResultRow) => (scales.get(r.gradeScale) ?? []).indexOf(r.grade);
  return (['english', 'maths'] as const).map((subject) => {
    const mine = results.filter((r) => r.subject === subject);
    const best = mine.reduce<ResultRow | null>(
      (a, r) => (!a || r.level > a.level || (r.level === a.level && rank(r) > rank(a)) ? r : a),
      null,
    );
    return {
      subject,
      resultIds: mine.map((r) => r.id),
      best: best
        ? {
            resultId: best.id,
            title: best.title,
            grade: best.grade,
            level: best.level,
            status: best.status,
          }
        : null,
    };
  });
}

/** Everything the learner page shows and the browser needs to decide the learner itself. */
export async function getLearnerRecord(ctx: Context, scope: CentreScope, learnerId: string) {
  const learner = await findLearner(ctx.db, scope, learnerId);
  if (!learner) throw notFound('That learner');
  const ids = [learnerId];
  const [results, projects, activities, decision, locked, cohorts, scales] = await Promise.all([
    listResultsWithQualifications(ctx.db, scope, ids),
    listProjectsWithQualifications(ctx.db, scope, ids),
    listActivities(ctx.db, scope, ids),
    findLearnerDecision(ctx.db, scope, learnerId),
    isLearnerLocked(ctx.db, scope, learnerId),
    listCohortFrameworks(ctx.db, scope),
    listGradeScales(ctx.db, scope),
  ]);
  const cohort = cohorts.find((c) => c.leavingYear === learner.leavingYear);
  const version = cohort
    ? await findFrameworkVersion(ctx.db, scope, cohort.frameworkVersionId)
    : undefined;
  return {
    learner,
    locked,
    results,
    projects,
    activities,
    englishMaths: englishAndMaths(results, new Map(scales.map((s) => [s.key, s.grades]))),
    decision: decision
      ? {
          decision: decision.decision as Decision,
          computedAt: decision.computedAt,
          frameworkVersionId: decision.frameworkVersionId,
        }
      : null,
    framework: version
      ? {
          id: version.id,
          name: version.name,
          versionNumber: version.versionNumber,
          hash: version.definitionHash,
          definition: version.definition as FrameworkDefinition,
        }
      : null,
  };
}
