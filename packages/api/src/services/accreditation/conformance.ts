import { canonicalJson, compileFramework } from '@bacc/criteria-engine';
import type { Decision, FrameworkDefinition, LearnerRecord } from '@bacc/schema';
import { listThresholds, readPath, stricterDirection, withThresholds } from './thresholds.ts';

export interface ThresholdFinding {
  path: string;
  where: string;
  label: string;
  op: string;
  national: number;
  centre: number | null;
  ok: boolean;
}

export interface ConformanceReport {
  conforms: boolean;
  /** Plain sentences: why the programme does not conform (empty when it does). */
  problems: string[];
  /** Thresholds the programme sets differently from the national framework, each judged. */
  changed: ThresholdFinding[];
  engine: {
    recordsChecked: number;
    /** Records the centre's programme would award more than the national framework does. */
    awardedMore: number;
    examples: Array<{
      learnerId: string;
      national: string;
      centre: string;
    }>;
  };
  limits: string[];
}

export const CONFORMANCE_LIMITS = [
  'Only thresholds can differ from the national framework; any other change to the rules is refused.',
  'Each threshold is judged by which way makes the award harder to reach (a requirement raised, a failing condition lowered). A threshold reached both ways, or an "exactly", must stay as published.',
  'The engine then decides the sample of learner records with both frameworks: no learner may get a higher tier, or a better grade in the same tier, under the centre’s programme. A sample cannot prove this for every possible learner; the structural check is what guarantees it.',
];

const describe = (d: Decision) =>
  d.tier ? `${d.tier.name}${d.awardGrade ? ` (${d.awardGrade.name})` : ''}` : 'no award';

/**
 * Does the centre's programme require at least what the national framework requires? Checked
 * two ways: structurally (same rules, every threshold equal or stricter) and with the engine
 * (on `records`, no learner does better under the centre's programme).
 */
export function checkConformance(
  national: FrameworkDefinition,
  centre: FrameworkDefinition,
  records: readonly LearnerRecord[] = [],
): ConformanceReport {
  const problems: string[] = [];
  const changed: ThresholdFinding[] = [];
  const sites = listThresholds(national);
  for (const site of sites) {
    const value = readPath(centre, site.path);
    const centreValue = typeof value === 'number' ? value : null;
    if (centreValue === site.value) continue;
    const direction = stricterDirection(site);
    const ok =
      centreValue !== null &&
      ((direction === 1 && centreValue > site.value) ||
        (direction === -1 && centreValue < site.value));
    changed.push({
      path: site.path,
      where: site.where,
      label: site.label,
      op: site.op,
      national: site.value,
      centre: centreValue,
      ok,
    });
    if (!ok)
      problems.push(
        centreValue === null
          ? `${site.where}: “${site.label}” is missing from the programme.`
          : direction === 0
            ? `${site.where}: “${site.label}” must stay at ${site.value} (it is ${centreValue}).`
            : `${site.where}: “${site.label}” is ${centreValue}, which asks less than the national ${site.value}.`,
      );
  }
  // With every threshold put back to the national value, the two must be the same framework.
  const restored = withThresholds(
    centre,
    sites.map((s) => ({ path: s.path, value: s.value })),
  );
  if (
    canonicalJson({
      ...restored,
      id: national.id,
      version: national.version,
      name: national.name,
    }) !== canonicalJson(national)
  )
    problems.push(
      'The programme changes the rules themselves, not only thresholds; only thresholds may differ.',
    );

  const engine: ConformanceReport['engine'] = { recordsChecked: 0, awardedMore: 0, examples: [] };
  let compiled: [ReturnType<typeof compileFramework>, ReturnType<typeof compileFramework>] | null =
    null;
  try {
    compiled = [compileFramework(national), compileFramework(centre)];
  } catch (error) {
    problems.push(`The programme is not a valid framework: ${(error as Error).message}`);
  }
  if (compiled) {
    const tierRank = new Map(national.tiers.map((t, i) => [t.id, national.tiers.length - i]));
    const gradeRank = (d: Decision) => {
      const tier = national.tiers.find((t) => t.id === d.tier?.id);
      const i = tier?.awardGrades?.findIndex((g) => g.id === d.awardGrade?.id) ?? -1;
      return i < 0 ? 0 : (tier?.awardGrades?.length ?? 0) - i;
    };
    for (const record of records) {
      const a = compiled[0].evaluate(record);
      const b = compiled[1].evaluate(record);
      engine.recordsChecked++;
      const ra = tierRank.get(a.tier?.id ?? '') ?? 0;
      const rb = tierRank.get(b.tier?.id ?? '') ?? 0;
      if (rb > ra || (rb === ra && gradeRank(b) > gradeRank(a))) {
        engine.awardedMore++;
        if (engine.examples.length < 5)
          engine.examples.push({
            learnerId: record.learnerId,
            national: describe(a),
            centre: describe(b),
          });
      }
    }
    if (engine.awardedMore > 0)
      problems.push(
        `${engine.awardedMore} of ${engine.recordsChecked} learner record(s) would get more under the programme than under the national framework.`,
      );
  }
  return { conforms: problems.length === 0, problems, changed, engine, limits: CONFORMANCE_LIMITS };
}
