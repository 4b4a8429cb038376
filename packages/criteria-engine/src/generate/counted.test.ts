import type { FrameworkDefinition, LearnerRecord } from '@bacc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnerRecordArb } from '../../test/arbitraries.ts';
import { activity, gcse } from '../../test/builders.ts';
import { compileFramework } from '../compile-framework.ts';
import { englandGradeScales } from '../fixtures/grade-scales-england.ts';

const count = (where: Record<string, unknown>, from = 'results') => ({
  kind: 'count' as const,
  of: { kind: 'evidence' as const, from: from as 'results', where },
});
const atLeast = (value: number, measure: unknown) => ({
  kind: 'compare' as const,
  op: 'atLeast' as const,
  value,
  measure: measure as ReturnType<typeof count>,
});

/**
 * A framework whose every requirement counts evidence no other part counts, so a part whose
 * items should not count (an unmet option, anything under a not, a failing condition, a
 * pathway's test) would show in the counted list if generated code took them. Nothing is
 * capped or discounted: those decisions take the interpreter's walk (generate/counted.ts).
 */
const counting: FrameworkDefinition = {
  id: 'counted_check',
  version: '1',
  name: 'Counted evidence check',
  gradeScales: englandGradeScales,
  lookupTables: {
    pairs: {
      label: 'geography and art',
      rowScale: 'gcse_9_1',
      columnScale: 'gcse_9_1',
      values: { '9': { '9': 2, '4': 1 }, '4': { '9': 1 } },
    },
  },
  sets: { maths: { kind: 'evidence', from: 'results', where: { subjects: ['maths'] } } },
  measures: {
    maths_count: { kind: 'count', of: { kind: 'set', name: 'maths' } },
    art_hours: {
      kind: 'sum',
      field: 'hours',
      of: { kind: 'evidence', from: 'activities', where: { strands: ['creative_cultural'] } },
    },
  },
  conditions: {
    english_or_history: {
      kind: 'any',
      of: [
        atLeast(1, count({ subjects: ['english'] })),
        atLeast(1, count({ subjects: ['history'] })),
      ],
    },
  },
  components: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
    { id: 'd', name: 'D' },
  ],
  pathways: [{ id: 'french', name: 'French', when: atLeast(1, count({ subjects: ['french'] })) }],
  tiers: [
    {
      // Rarely met, and explained first: it fills the named rules' memos.
      id: 'top',
      name: 'Top',
      requirements: [
        { component: 'a', rule: atLeast(2, { kind: 'measure', name: 'maths_count' }) },
        { component: 'b', rule: { kind: 'condition', name: 'english_or_history' } },
        { component: 'c', rule: atLeast(60, { kind: 'measure', name: 'art_hours' }) },
      ],
    },
    {
      id: 'main',
      name: 'Main',
      failingConditions: [
        {
          code: 'music',
          description: 'music counts against',
          when: atLeast(3, count({ subjects: ['music'] })),
        },
      ],
      requirements: [
        { component: 'a', rule: atLeast(1, { kind: 'measure', name: 'maths_count' }) },
        { component: 'b', rule: { kind: 'condition', name: 'english_or_history' } },
        {
          component: 'c',
          rule: {
            kind: 'atLeastOf',
            k: 1,
            of: [
              atLeast(10, { kind: 'measure', name: 'art_hours' }),
              atLeast(10, count({ strands: ['physical_outdoor'], verified: true }, 'activities')),
              { kind: 'not', rule: atLeast(1, count({ subjects: ['science'] })) },
            ],
          },
        },
        {
          component: 'd',
          rule: {
            kind: 'all',
            of: [
              { kind: 'not', rule: atLeast(3, count({ subjects: ['science'] })) },
              atLeast(0, {
                kind: 'lookup',
                table: 'pairs',
                row: { kind: 'evidence', from: 'results', where: { subjects: ['art'] } },
                column: { kind: 'evidence', from: 'results', where: { subjects: ['geography'] } },
              }),
              {
                kind: 'every',
                allowEmpty: true,
                of: { kind: 'evidence', from: 'projects' },
                where: { levelAtLeast: 1 },
              },
              {
                kind: 'compare',
                op: 'atLeast',
                value: 0,
                measure: {
                  kind: 'countMet',
                  of: [
                    atLeast(1, count({ subjects: ['physics'] })),
                    atLeast(1, count({ strands: ['leadership_service'] }, 'activities')),
                  ],
                },
              },
            ],
          },
        },
      ],
    },
    { id: 'entry', name: 'Entry', requirements: [{ component: 'a', rule: atLeast(0, count({})) }] },
  ],
};

describe('counted evidence gathered by generated code', () => {
  const generated = compileFramework(counting);
  const interpreted = compileFramework(counting, { strategy: 'interpreted' });
  const evidence = (r: LearnerRecord, f = generated) =>
    f.evaluate(r, { explain: true }).explanation!.evidence;

  it('is what the interpreter walks to, for any record', () => {
    let main = 0;
    let partlyCounted = 0;
    fc.assert(
      fc.property(learnerRecordArb, (record) => {
        const decision = generated.evaluate(record, { explain: true });
        expect(decision.explanation!.evidence).toEqual(evidence(record, interpreted));
        if (decision.tier?.id === 'main') {
          main++;
          const all = record.results.length + record.projects.length + record.activities.length;
          if (decision.explanation!.evidence.counted.length < all) partlyCounted++;
        }
      }),
      { numRuns: 2000, seed: 61 },
    );
    // The property means something only if the middle tier is often awarded with evidence left out.
    expect(main).toBeGreaterThan(200);
    expect(partlyCounted).toBeGreaterThan(100);
  });

  it('leaves out an unmet option, what is under a not, a failing condition and a pathway test', () => {
    const record: LearnerRecord = {
      learnerId: 'L1',
      results: [
        gcse('r-maths', 'maths', '5'),
        gcse('r-english', 'english', '6'),
        gcse('r-french', 'french', '4'),
        gcse('r-science', 'science', '7'),
        gcse('r-music', 'music', '7'),
        gcse('r-art', 'art', '9'),
        gcse('r-geography', 'geography', '4'),
      ],
      projects: [],
      activities: [
        activity('a-art', 'creative_cultural', 12),
        activity('a-sport', 'physical_outdoor', 4),
        activity('a-lead', 'leadership_service', 3),
      ],
    };
    const decision = generated.evaluate(record, { explain: true });
    expect(decision.tier?.id).toBe('main');
    // Not r-french (pathway), r-music (failing condition), r-science (under a not) or
    // a-sport (an option not met); a-lead counts through countMet, which counts every part,
    // and r-art and r-geography through a lookup.
    expect(decision.explanation!.evidence).toEqual({
      counted: ['a-art', 'a-lead', 'r-art', 'r-english', 'r-geography', 'r-maths'],
      dropped: [],
    });
    expect(evidence(record, interpreted)).toEqual(decision.explanation!.evidence);
  });
});
