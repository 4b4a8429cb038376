import { describe, expect, it } from 'vitest';
import { describeRequirement, readThresholds, startingThresholds } from './programmeDraft.ts';
import type { ProgrammeBase } from './types.ts';

const base = {
  id: 'f',
  name: 'National Bacc',
  versionNumber: 1,
  thresholds: [
    { path: 'a', label: 'PD hours', where: 'Advanced', op: 'atLeast', value: 100, polarity: 1 },
    { path: 'b', label: 'A levels', where: 'Advanced', op: 'atLeast', value: 3, polarity: 1 },
  ],
} as ProgrammeBase;

describe('programme thresholds', () => {
  it('sends only the thresholds that differ, and flags text that is not a number', () => {
    expect(readThresholds(base, { a: '150', b: '3' })).toEqual({
      thresholds: [{ path: 'a', value: 150 }],
      errors: {},
    });
    expect(readThresholds(base, { a: 'lots' }).errors).toEqual({
      a: '“PD hours” must be a number',
    });
  });
  it('starts from the earlier programme, else the national values', () => {
    expect(startingThresholds(base, [{ path: 'b', value: 4 }])).toEqual({ a: '100', b: '4' });
  });
  it('says the national requirement in words', () => {
    expect(describeRequirement('atLeast', 100)).toBe('at least 100');
  });
});
