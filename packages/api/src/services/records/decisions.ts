import type { CompiledFramework } from '@bacc/criteria-engine';
import {
  type CentreScope,
  type Db,
  deleteLearnerDecisions,
  type LearnerDecisionRow,
  listCohortFrameworks,
  upsertLearnerDecisions,
} from '@bacc/db';
import type { Decision } from '@bacc/schema';
import { compiledFrameworkVersion } from './frameworks.ts';
import { loadLearnerRecords } from './learner-record.ts';

const BATCH = 1_000;

/** The columns that let lists filter and sort by a decision without reading its JSON. */
export function decisionColumns(
  framework: CompiledFramework,
  frameworkVersionId: string,
  decision: Decision,
): LearnerDecisionRow {
  const tiers = framework.definition.tiers;
  const index = decision.tier ? tiers.findIndex((t) => t.id === decision.tier!.id) : -1;
  const gap = decision.explanation?.gap ?? null;
  return {
    learner_id: decision.learnerId,
    framework_version_id: frameworkVersionId,
    framework_hash: framework.hash,
    tier: decision.tier?.id ?? null,
    // Tiers are listed from the top, so the last one ranks 1 and no award ranks 0.
    tier_rank: index < 0 ? 0 : tiers.length - index,
    pathway: decision.pathway?.id ?? null,
    award_grade: decision.awardGrade?.id ?? null,
    next_tier: gap?.tier.id ?? null,
    gap_size: gap ? gap.needs.length : null,
    // What stands between the learner and the next tier, by component, for "missing ..." filters.
    unmet_components: gap ? [...new Set(gap.needs.map((n) => n.component))] : [],
    decision: JSON.stringify(decision),
    computed_at: new Date(),
  };
}

/**
 * Decides the given learners again under their cohort's framework version and stores the
 * decisions. Learners whose leaving year has no cohort yet have no decision.
 */
export async function recomputeDecisions(
  db: Db,
  scope: CentreScope,
  learners: ReadonlyArray<{ id: string; leavingYear: number }>,
): Promise<{ decided: number; undecided: number }> {
  const cohorts = new Map(
    (await listCohortFrameworks(db, scope)).map((c) => [c.leavingYear, c.frameworkVersionId]),
  );
  const byVersion = new Map<string, string[]>();
  const undecided: string[] = [];
  for (const l of learners) {
    const versionId = cohorts.get(l.leavingYear);
    if (!versionId) undecided.push(l.id);
    else byVersion.set(versionId, [...(byVersion.get(versionId) ?? []), l.id]);
  }
  await deleteLearnerDecisions(db, scope, undecided);
  let decided = 0;
  for (const [versionId, ids] of byVersion) {
    const { framework } = await compiledFrameworkVersion(db, scope, versionId);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      const records = await loadLearnerRecords(db, scope, batch);
      const rows = [...records.values()].map((record) =>
        decisionColumns(framework, versionId, framework.evaluate(record, { explain: true })),
      );
      await upsertLearnerDecisions(db, scope, rows);
      decided += rows.length;
    }
  }
  return { decided, undecided: undecided.length };
}
