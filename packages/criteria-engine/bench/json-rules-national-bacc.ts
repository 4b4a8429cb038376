import type { EvidenceResult, LearnerRecord } from '@bacc/schema';
import { Engine, type RuleProperties } from 'json-rules-engine';

/**
 * The National Bacc fixture's tier rules written the way a json-rules-engine user would:
 * hand-written facts (counts and sums) and JSON rules over them, one rule per tier.
 */
const gcseGrade = (r: EvidenceResult) =>
  r.qualification.gradeScale === 'gcse_9_1' ? Number(r.grade) || 0 : -1;
const passes: Record<string, string[]> = {
  a_level: ['A*', 'A', 'B', 'C', 'D', 'E'],
  as_level: ['A', 'B', 'C', 'D', 'E'],
  gcse_9_1: ['9', '8', '7', '6', '5', '4', '3', '2', '1'],
  btec_national_diploma: ['D*D*', 'D*D', 'DD', 'DM', 'MM', 'MP', 'PP'],
  t_level: ['D*', 'D', 'M', 'P'],
  technical_award: ['L2D*', 'L2D', 'L2M', 'L2P', 'L1D', 'L1M', 'L1P'],
  pass_fail: ['Pass'],
  entry_level: ['E3', 'E2', 'E1'],
  epq: ['A*', 'A', 'B', 'C', 'D', 'E'],
};
const points = (scale: string, grade: string) => {
  const list = passes[scale];
  if (!list) return 0;
  const i = list.indexOf(grade);
  return i < 0 ? 0 : list.length - i;
};
const passed = (scale: string | undefined, grade: string | undefined) =>
  scale !== undefined && grade !== undefined && (passes[scale]?.includes(grade) ?? false);
const resultPassed = (r: EvidenceResult) => passed(r.qualification.gradeScale, r.grade);

function discounted(list: EvidenceResult[]): EvidenceResult[] {
  const best = new Map<string, EvidenceResult>();
  for (const r of list) {
    const code = r.qualification.discountCode;
    if (!code) continue;
    const held = best.get(code);
    const better =
      !held ||
      points(r.qualification.gradeScale, r.grade) >
        points(held.qualification.gradeScale, held.grade) ||
      (points(r.qualification.gradeScale, r.grade) ===
        points(held.qualification.gradeScale, held.grade) &&
        r.id < held.id);
    if (better) best.set(code, r);
  }
  return list.filter(
    (r) => !r.qualification.discountCode || best.get(r.qualification.discountCode) === r,
  );
}

const hoursIn = (rec: LearnerRecord, strands: string[]) =>
  rec.activities
    .filter((a) => a.verified && strands.includes(a.strand))
    .reduce((s, a) => s + a.hours, 0);
const subjectIs = (r: EvidenceResult, s: string) => r.qualification.subject === s;
const englishMaths = ['english', 'maths'];

function projectCount(rec: LearnerRecord, hours: number, level: number) {
  return rec.projects.filter(
    (p) =>
      (p.kind === 'epq' && (p.grade === undefined || passed(p.gradeScale, p.grade))) ||
      (p.kind === 'accredited' &&
        (p.level ?? -1) >= level &&
        (p.grade === undefined || passed(p.gradeScale, p.grade))) ||
      (p.kind === 'centre_devised' && (p.hours ?? 0) >= hours),
  ).length;
}

const facts: Record<string, (rec: LearnerRecord) => number> = {
  aLevelPasses: (rec) =>
    discounted(rec.results.filter((r) => r.qualification.type === 'a_level' && resultPassed(r)))
      .length,
  level3Diplomas: (rec) =>
    rec.results.filter(
      (r) =>
        r.qualification.level >= 3 &&
        r.qualification.category === 'technical' &&
        (r.qualification.sizeALevels ?? 0) >= 2 &&
        resultPassed(r),
    ).length,
  level2Other: (rec) =>
    rec.results.filter((r) => {
      const q = r.qualification;
      if (q.subject !== undefined && englishMaths.includes(q.subject)) return false;
      if (q.type === 'gcse') return gcseGrade(r) >= 4;
      return q.type !== 'functional_skills' && q.level >= 2 && resultPassed(r);
    }).length,
  level1Passes: (rec) => {
    const list = discounted(
      rec.results.filter(
        (r) =>
          r.qualification.level >= 1 &&
          resultPassed(r) &&
          r.qualification.type !== 'functional_skills',
      ),
    );
    const technical = list.filter((r) => r.qualification.category === 'technical').length;
    return list.length - Math.max(0, technical - 2);
  },
  anyPass: (rec) => rec.results.filter(resultPassed).length,
  englishL2: (rec) =>
    rec.results.filter(
      (r) =>
        subjectIs(r, 'english') &&
        ((r.qualification.type === 'gcse' && gcseGrade(r) >= 4) ||
          (r.qualification.type === 'functional_skills' &&
            r.qualification.level >= 2 &&
            resultPassed(r))),
    ).length,
  mathsL2: (rec) =>
    rec.results.filter(
      (r) =>
        subjectIs(r, 'maths') &&
        ((r.qualification.type === 'gcse' && gcseGrade(r) >= 4) ||
          (r.qualification.type === 'functional_skills' &&
            r.qualification.level >= 2 &&
            resultPassed(r))),
    ).length,
  englishL1: (rec) =>
    rec.results.filter(
      (r) => subjectIs(r, 'english') && r.qualification.level >= 1 && resultPassed(r),
    ).length,
  mathsL1: (rec) =>
    rec.results.filter(
      (r) => subjectIs(r, 'maths') && r.qualification.level >= 1 && resultPassed(r),
    ).length,
  englishAny: (rec) => rec.results.filter((r) => subjectIs(r, 'english') && resultPassed(r)).length,
  mathsAny: (rec) => rec.results.filter((r) => subjectIs(r, 'maths') && resultPassed(r)).length,
  projectL3: (rec) => projectCount(rec, 120, 3),
  projectL2: (rec) => projectCount(rec, 60, 2),
  projectL1: (rec) => projectCount(rec, 30, 1),
  projects: (rec) => rec.projects.length,
  pdpHours: (rec) => hoursIn(rec, ['leadership_service', 'creative_cultural', 'physical_outdoor']),
  leadershipHours: (rec) => hoursIn(rec, ['leadership_service']),
  creativeHours: (rec) => hoursIn(rec, ['creative_cultural']),
  physicalHours: (rec) => hoursIn(rec, ['physical_outdoor']),
};

const atLeast = (fact: string, value: number) => ({
  fact,
  operator: 'greaterThanInclusive',
  value,
});
// json-rules-engine has no k-of-n, so "two strands" is spelt out as every pair.
const strandsAtLeast = (k: number, hours: number) =>
  k === 3
    ? {
        all: [
          atLeast('leadershipHours', hours),
          atLeast('creativeHours', hours),
          atLeast('physicalHours', hours),
        ],
      }
    : {
        any: [
          { all: [atLeast('leadershipHours', hours), atLeast('creativeHours', hours)] },
          { all: [atLeast('leadershipHours', hours), atLeast('physicalHours', hours)] },
          { all: [atLeast('creativeHours', hours), atLeast('physicalHours', hours)] },
        ],
      };

const rules: RuleProperties[] = [
  {
    name: 'advanced',
    priority: 4,
    event: { type: 'advanced' },
    conditions: {
      all: [
        { any: [atLeast('aLevelPasses', 3), atLeast('level3Diplomas', 1)] },
        atLeast('projectL3', 1),
        atLeast('pdpHours', 100),
        strandsAtLeast(3, 20),
        atLeast('englishL2', 1),
        atLeast('mathsL2', 1),
      ],
    },
  },
  {
    name: 'intermediate',
    priority: 3,
    event: { type: 'intermediate' },
    conditions: {
      all: [
        atLeast('level2Other', 1),
        atLeast('projectL2', 1),
        atLeast('pdpHours', 100),
        strandsAtLeast(3, 10),
        atLeast('englishL2', 1),
        atLeast('mathsL2', 1),
      ],
    },
  },
  {
    name: 'foundation',
    priority: 2,
    event: { type: 'foundation' },
    conditions: {
      all: [
        atLeast('level1Passes', 4),
        atLeast('projectL1', 1),
        atLeast('pdpHours', 50),
        strandsAtLeast(2, 10),
        atLeast('englishL1', 1),
        atLeast('mathsL1', 1),
      ],
    },
  },
  {
    name: 'entry',
    priority: 1,
    event: { type: 'entry' },
    conditions: {
      all: [
        atLeast('anyPass', 1),
        atLeast('projects', 1),
        atLeast('pdpHours', 25),
        atLeast('englishAny', 1),
        atLeast('mathsAny', 1),
      ],
    },
  },
].map((r) => JSON.parse(JSON.stringify(r)) as RuleProperties);

const order = ['advanced', 'intermediate', 'foundation', 'entry'];

/**
 * How the facts reach json-rules-engine. `precomputed`: every fact worked out from the record
 * (in the timed loop) and passed to `run` as plain values, the cheapest way to use it.
 * `dynamic`: facts registered once on the engine, each reading the record from the almanac
 * when a rule first asks (cached per run), as its documentation shows.
 */
export type FactMode = 'precomputed' | 'dynamic';

const factEntries = Object.entries(facts);

/** One engine, built once and reused for every record (as a service would hold it). */
export function nationalBaccRulesEngine(
  mode: FactMode = 'precomputed',
): (record: LearnerRecord) => Promise<string | null> {
  const engine = new Engine(rules);
  if (mode === 'dynamic') {
    for (const [id, compute] of factEntries) {
      engine.addFact(id, async (_params, almanac) =>
        compute(await almanac.factValue<LearnerRecord>('record')),
      );
    }
  }
  const tierOf = (events: { type: string }[]) => {
    const met = new Set(events.map((e) => e.type));
    return order.find((t) => met.has(t)) ?? null;
  };
  if (mode === 'dynamic') return async (record) => tierOf((await engine.run({ record })).events);
  return async (record) => {
    const values: Record<string, number> = {};
    for (const [id, compute] of factEntries) values[id] = compute(record);
    return tierOf((await engine.run(values)).events);
  };
}
