import type { Decision, FrameworkDefinition, LearnerRecord } from '@bacc/schema';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateRecords } from '../../bench/generate-records.ts';
import { learnerRecordArb } from '../../test/arbitraries.ts';
import { featureFramework, hostile } from '../../test/feature-framework.ts';
import { fixtureRecordArbs } from '../../test/fixture-arbitraries.ts';
import { compileRules } from '../compile/compile-rules.ts';
import { compileFramework } from '../compile-framework.ts';
import { frameworkFixtures, nationalBaccalaureate } from '../fixtures/index.ts';
import { frameworkSource } from './generate-framework.ts';

/** Records for the feature framework: fractional tqt, so sums must add in the same order. */
const featureRecordArb: fc.Arbitrary<LearnerRecord> = fc
  .tuple(learnerRecordArb, fc.boolean())
  .map(([record, late]) => ({
    ...record,
    results: record.results.map((r, n) => ({
      ...r,
      qualification: { ...r.qualification, tqt: ((n * 37) % 11) * 0.1 },
    })),
    flags: late ? [...(record.flags ?? []), 'late_entry'] : record.flags,
  }));

const cases: [string, FrameworkDefinition, LearnerRecord[], fc.Arbitrary<LearnerRecord>][] = [
  ...Object.values(frameworkFixtures).map(
    (def) =>
      [
        def.id,
        def,
        [
          ...fc.sample(fixtureRecordArbs[def.id]!, { numRuns: 1000, seed: 41 }),
          ...fc.sample(learnerRecordArb, { numRuns: 400, seed: 43 }),
          ...(def.id === 'national_bacc_england' ? generateRecords(3000, 47) : []),
        ],
        fc.oneof(fixtureRecordArbs[def.id]!, learnerRecordArb),
      ] as [string, FrameworkDefinition, LearnerRecord[], fc.Arbitrary<LearnerRecord>],
  ),
  [
    featureFramework.id,
    featureFramework,
    fc.sample(featureRecordArb, { numRuns: 1500, seed: 53 }),
    featureRecordArb,
  ],
];

// Thousands of explained decisions, twice over, on a shared machine.
const slow = { timeout: 120_000 };

/** The first record whose decisions differ, as both decisions, or null. */
function firstDifference(
  generated: (r: LearnerRecord) => Decision,
  interpreted: (r: LearnerRecord) => Decision,
  records: LearnerRecord[],
): [Decision, Decision] | null {
  for (const record of records) {
    const a = generated(record);
    const b = interpreted(record);
    // The same JSON, key order included: what the server stores.
    if (JSON.stringify(a) !== JSON.stringify(b)) return [a, b];
  }
  return null;
}

describe.each(cases)(
  '%s: generated code decides as the interpreter does',
  (_, def, records, arb) => {
    const generated = compileFramework(def);
    const interpreted = compileFramework(def, { strategy: 'interpreted' });

    it('compiles to each strategy asked for', () => {
      expect(generated.strategy).toBe('generated');
      expect(interpreted.strategy).toBe('interpreted');
    });

    it(`explains ${records.length} records identically`, slow, () => {
      const differ = firstDifference(
        (r) => generated.evaluate(r, { explain: true }),
        (r) => interpreted.evaluate(r, { explain: true }),
        records,
      );
      if (differ) expect(differ[0]).toEqual(differ[1]);
      expect(differ).toBeNull();
    });

    it(`decides ${records.length} records identically without explanations`, slow, () => {
      const differ = firstDifference(
        (r) => generated.evaluate(r),
        (r) => interpreted.evaluate(r),
        records,
      );
      if (differ) expect(differ[0]).toEqual(differ[1]);
      expect(differ).toBeNull();
    });

    it('gives deep-equal decisions for any record (property)', slow, () => {
      fc.assert(
        fc.property(arb, (record) => {
          expect(generated.evaluate(record, { explain: true })).toEqual(
            interpreted.evaluate(record, { explain: true }),
          );
          expect(generated.evaluate(record)).toEqual(interpreted.evaluate(record));
        }),
        { numRuns: 200 },
      );
    });
  },
);

describe('generated code', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('carries author text as data, never as source', () => {
    const { rules, compiler } = compileRules(structuredClone(featureFramework));
    const { source, constants } = frameworkSource(rules, compiler);
    expect(constants).toContain(hostile);
    for (const fragment of ['Al', 'process.exit', '</script>', '\u2028', '*/', '`'])
      expect(source).not.toContain(fragment);
    const decision = compileFramework(featureFramework).evaluate(
      { learnerId: 'L', results: [], projects: [], activities: [], flags: ['late_entry'] },
      { explain: true },
    );
    // Nothing to check against, so every item matches (allowEmpty): the top tier, plainly.
    expect(decision.tier?.id).toBe('top');
    expect(decision.awardGrade?.id).toBe('plain');
    expect(decision.explanation?.summary).toContain(hostile);
  });

  it('falls back to the interpreter where code generation is forbidden (CSP)', () => {
    const forbidden = function Forbidden() {
      throw new EvalError('Code generation from strings disallowed for this context');
    };
    vi.stubGlobal('Function', forbidden);
    const framework = compileFramework(nationalBaccalaureate);
    vi.unstubAllGlobals();
    expect(framework.strategy).toBe('interpreted');
    const reference = compileFramework(nationalBaccalaureate);
    expect(reference.strategy).toBe('generated');
    for (const record of generateRecords(200, 59))
      expect(framework.evaluate(record, { explain: true })).toEqual(
        reference.evaluate(record, { explain: true }),
      );
  });

  it('does not hide a generator failure that is not the platform refusing eval', () => {
    vi.stubGlobal('Function', function Broken() {
      throw new SyntaxError('Unexpected token');
    });
    expect(() => compileFramework(nationalBaccalaureate)).toThrow(SyntaxError);
  });
});
