import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { EvidenceResult, LearnerRecord } from '@bacc/schema';
import { describe, expect, it } from 'vitest';
import { checkConformance } from './conformance.ts';
import { listThresholds, stricterDirection, withThresholds } from './thresholds.ts';

const gcse = (id: string, subject: string, grade: string): EvidenceResult => ({
  id,
  qualification: {
    id: `q-${id}`,
    title: `GCSE ${subject}`,
    type: 'gcse',
    subject,
    level: 2,
    glh: 120,
    category: 'general',
    gradeScale: 'gcse_9_1',
  },
  grade,
  status: 'confirmed',
});

/** Entry-tier evidence with `hours` of personal development, all in one strand. */
const entryLearner = (id: string, hours: number): LearnerRecord => ({
  learnerId: id,
  results: [gcse(`${id}-en`, 'english', '2'), gcse(`${id}-ma`, 'maths', '2')],
  projects: [{ id: `${id}-p`, title: 'Garden', kind: 'centre_devised', hours: 10 }],
  activities: [{ id: `${id}-a`, strand: 'leadership_service', hours, verified: true }],
});

const ENTRY_PD = 'tiers.3.requirements.2.rule.value';
const ADVANCED_PD = 'tiers.0.requirements.2.rule.of.0.value';

describe('listThresholds', () => {
  it('finds every threshold of the National Bacc with the way that is stricter', () => {
    const sites = listThresholds(nationalBaccalaureate);
    const entry = sites.find((s) => s.path === ENTRY_PD);
    expect(entry).toMatchObject({ op: 'atLeast', value: 25, polarity: 1 });
    expect(stricterDirection(entry!)).toBe(1);
    expect(sites.find((s) => s.path === ADVANCED_PD)?.value).toBe(100);
    expect(sites.length).toBeGreaterThan(20);
  });

  it('flips the direction under a failing condition', () => {
    expect(stricterDirection({ op: 'atLeast', polarity: -1 })).toBe(-1);
    expect(stricterDirection({ op: 'atMost', polarity: 1 })).toBe(-1);
    expect(stricterDirection({ op: 'exactly', polarity: 1 })).toBe(0);
  });
});

describe('checkConformance', () => {
  const records = [entryLearner('a', 10), entryLearner('b', 30), entryLearner('c', 150)];

  it('passes the national framework against itself', () => {
    const report = checkConformance(nationalBaccalaureate, nationalBaccalaureate, records);
    expect(report).toMatchObject({ conforms: true, problems: [], changed: [] });
    expect(report.engine).toMatchObject({ recordsChecked: 3, awardedMore: 0 });
  });

  it('passes a programme that asks for more personal development hours', () => {
    const centre = withThresholds(nationalBaccalaureate, [
      { path: ADVANCED_PD, value: 150 },
      { path: ENTRY_PD, value: 40 },
    ]);
    const report = checkConformance(nationalBaccalaureate, centre, records);
    expect(report.conforms).toBe(true);
    expect(report.changed.map((c) => [c.path, c.national, c.centre, c.ok])).toEqual([
      [ADVANCED_PD, 100, 150, true],
      [ENTRY_PD, 25, 40, true],
    ]);
  });

  it('refuses a programme that asks for fewer hours, naming the threshold, and the engine agrees', () => {
    const centre = withThresholds(nationalBaccalaureate, [{ path: ENTRY_PD, value: 5 }]);
    const report = checkConformance(nationalBaccalaureate, centre, records);
    expect(report.conforms).toBe(false);
    expect(report.problems[0]).toContain('Entry: Personal Development Programme');
    expect(report.problems[0]).toContain('asks less than the national 25');
    // The learner with 10 hours has no award nationally but Entry under the programme.
    expect(report.engine.awardedMore).toBe(1);
    expect(report.engine.examples).toEqual([
      { learnerId: 'a', national: 'no award', centre: 'Entry' },
    ]);
  });

  it('refuses a programme that changes a rule rather than a threshold', () => {
    const centre = structuredClone(nationalBaccalaureate);
    centre.tiers[3]!.requirements.pop();
    const report = checkConformance(nationalBaccalaureate, centre, []);
    expect(report.conforms).toBe(false);
    expect(report.problems.join(' ')).toMatch(/missing|changes the rules/);
  });
});
