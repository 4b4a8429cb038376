import type { JsonObject } from '../types.ts';

/** What a new rule of each kind starts as. */
export const conditionTemplates: Record<string, JsonObject> = {
  compare: {
    kind: 'compare',
    op: 'atLeast',
    value: 1,
    measure: { kind: 'count', of: { kind: 'evidence', from: 'results', where: { passed: true } } },
  },
  all: { kind: 'all', of: [] },
  any: { kind: 'any', of: [] },
  atLeastOf: { kind: 'atLeastOf', k: 1, of: [] },
  not: { kind: 'not', rule: { kind: 'flag', flag: 'academic_misconduct' } },
  condition: { kind: 'condition', name: '' },
  flag: { kind: 'flag', flag: '' },
};

export const conditionKinds = [
  { value: 'compare', label: 'Threshold: a number compared with a value' },
  { value: 'all', label: 'All of these' },
  { value: 'any', label: 'Any of these' },
  { value: 'atLeastOf', label: 'At least k of these' },
  { value: 'not', label: 'Not' },
  { value: 'condition', label: 'A named condition' },
  { value: 'flag', label: 'A flag on the learner' },
  { value: 'every', label: 'Every item matches (JSON)' },
];

export const measureTemplates: Record<string, JsonObject> = {
  count: { kind: 'count', of: { kind: 'evidence', from: 'results', where: {} } },
  sum: {
    kind: 'sum',
    field: 'hours',
    of: { kind: 'evidence', from: 'activities', where: { verified: true } },
  },
  measure: { kind: 'measure', name: '' },
};

export const measureKinds = [
  { value: 'count', label: 'Count of evidence' },
  { value: 'sum', label: 'Sum (hours, points, size…)' },
  { value: 'measure', label: 'A named measure' },
  { value: 'countMet', label: 'How many conditions hold (JSON)' },
  { value: 'weighted', label: 'Weighted parts (JSON)' },
  { value: 'lookup', label: 'Lookup table (JSON)' },
  { value: 'total', label: 'Total of measures (JSON)' },
];

export const setTemplates: Record<string, JsonObject> = {
  evidence: { kind: 'evidence', from: 'results', where: {} },
  set: { kind: 'set', name: '' },
  union: { kind: 'union', of: [] },
};

export const setKinds = [
  { value: 'evidence', label: 'Evidence matching a filter' },
  { value: 'set', label: 'A named set' },
  { value: 'union', label: 'Any of these sets' },
  { value: 'best', label: 'Best N (JSON)' },
  { value: 'cap', label: 'Capped (JSON)' },
  { value: 'discount', label: 'One per discount code (JSON)' },
  { value: 'without', label: 'Without another set (JSON)' },
];

export const compareOps = [
  { value: 'atLeast', label: 'at least' },
  { value: 'atMost', label: 'at most' },
  { value: 'moreThan', label: 'more than' },
  { value: 'lessThan', label: 'less than' },
  { value: 'exactly', label: 'exactly' },
];
