import type { FrameworkDefinition } from '@bacc/schema';
import { englandGradeScales } from '../src/fixtures/grade-scales-england.ts';

/**
 * Hostile author text: quotes, backticks, template and comment openers, line and paragraph
 * separators. Generated code must carry it as data, never as source.
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the point is a placeholder that must stay text
export const hostile = 'Al\'an "x" `y` ${process.exit(1)} */ // \u2028\u2029 </script> \\';

/**
 * A framework (not a real award) that uses what the five fixtures do not: points tables,
 * gradeAtMost, several scales in one grade limit, levelAtMost, status, tqt, allowEmpty,
 * every comparison, fractional weights, a score, failing conditions at both levels and
 * award grades, with hostile text in every label, name and description it can hold.
 */
export const featureFramework: FrameworkDefinition = {
  id: 'feature_check',
  version: '1',
  name: hostile,
  gradeScales: englandGradeScales,
  pointsTables: {
    tariff: {
      label: hostile,
      points: { a_level: { 'A*': 56, A: 48, B: 40, C: 32 }, gcse_9_1: { '9': 7.5, '4': 1.25 } },
    },
  },
  sets: {
    confirmed: {
      kind: 'evidence',
      from: 'results',
      label: hostile,
      where: { status: 'confirmed', levelAtMost: 2, gradeAtMost: { gcse_9_1: '5' } },
    },
    strong: {
      kind: 'evidence',
      from: 'results',
      where: { gradeAtLeast: { a_level: 'B', gcse_9_1: '7', as_level: 'C' } },
    },
    tariff_best: {
      kind: 'best',
      n: 2,
      by: 'points',
      pointsTable: 'tariff',
      of: { kind: 'evidence', from: 'results' },
    },
  },
  measures: {
    tariff_points: {
      kind: 'sum',
      field: 'points',
      pointsTable: 'tariff',
      of: { kind: 'set', name: 'tariff_best' },
      label: `${hostile} points`,
    },
    tqt: { kind: 'sum', field: 'tqt', of: { kind: 'evidence', from: 'results' } },
    blend: {
      kind: 'weighted',
      parts: [
        { weight: 0.1, measure: { kind: 'measure', name: 'tariff_points' } },
        { weight: 0.7, measure: { kind: 'measure', name: 'tqt' } },
        {
          weight: 0.3,
          measure: {
            kind: 'sum',
            field: 'size',
            of: { kind: 'evidence', from: 'results', where: { status: 'provisional' } },
          },
        },
      ],
    },
  },
  conditions: {
    all_strong: {
      kind: 'every',
      allowEmpty: true,
      label: hostile,
      of: { kind: 'set', name: 'confirmed' },
      where: { gradeAtLeast: { gcse_9_1: '4' } },
    },
  },
  components: [
    { id: 'core', name: hostile, description: hostile },
    { id: 'extra', name: `${hostile} 2` },
  ],
  pathways: [
    {
      id: 'odd',
      name: hostile,
      when: {
        kind: 'compare',
        op: 'exactly',
        value: 2,
        measure: { kind: 'count', of: { kind: 'set', name: 'strong' } },
      },
    },
    {
      id: 'tight',
      name: 'Tight',
      when: {
        kind: 'compare',
        op: 'lessThan',
        value: 1.5,
        measure: { kind: 'measure', name: 'blend' },
      },
    },
  ],
  tiers: [
    {
      id: 'top',
      name: hostile,
      failingConditions: [
        {
          code: hostile,
          description: hostile,
          when: {
            kind: 'compare',
            op: 'atMost',
            value: -0.5,
            measure: {
              kind: 'weighted',
              parts: [{ weight: -1, measure: { kind: 'measure', name: 'blend' } }],
            },
          },
        },
      ],
      requirements: [
        {
          component: 'core',
          rule: { kind: 'condition', name: 'all_strong', label: hostile },
        },
        {
          component: 'extra',
          pathways: ['odd'],
          rule: {
            kind: 'compare',
            op: 'moreThan',
            value: 40.25,
            measure: { kind: 'measure', name: 'tariff_points' },
            illustrative: true,
          },
        },
      ],
      awardGrades: [
        {
          id: 'high',
          name: hostile,
          when: {
            kind: 'compare',
            op: 'atLeast',
            value: 50,
            measure: { kind: 'measure', name: 'tariff_points' },
          },
        },
        { id: 'plain', name: 'Plain' },
      ],
    },
    {
      id: 'base',
      name: 'Base',
      requirements: [
        {
          component: 'core',
          rule: {
            kind: 'atLeastOf',
            k: 1,
            of: [
              { kind: 'flag', flag: 'late_entry', label: hostile },
              {
                kind: 'compare',
                op: 'atLeast',
                value: 1,
                measure: { kind: 'count', of: { kind: 'set', name: 'confirmed' } },
              },
            ],
          },
        },
      ],
    },
  ],
  failingConditions: [
    { code: 'm', description: hostile, when: { kind: 'flag', flag: 'academic_misconduct' } },
  ],
  score: { label: hostile, measure: { kind: 'measure', name: 'blend' } },
};
