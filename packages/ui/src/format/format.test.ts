import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatCount, learnerNames, plural } from './format.ts';

describe('formatCalendarDate', () => {
  it('formats ISO dates in British style without time zones', () => {
    expect(formatCalendarDate('2008-03-14')).toBe('14 March 2008');
    expect(formatCalendarDate('2007-12-01')).toBe('1 December 2007');
  });
  it('leaves anything else alone', () => {
    expect(formatCalendarDate('14/03/2008')).toBe('14/03/2008');
    expect(formatCalendarDate('2008-13-01')).toBe('2008-13-01');
  });
});

describe('counts', () => {
  it('groups thousands and picks the noun', () => {
    expect(formatCount(312456)).toBe('312,456');
    expect(plural(1, 'learner')).toBe('1 learner');
    expect(plural(0, 'centre')).toBe('0 centres');
    expect(plural(2, 'child', 'children')).toBe('2 children');
  });
});

describe('learnerNames', () => {
  const base = { legalGivenName: 'Samuel', legalFamilyName: 'Ó Briain', preferredName: null };
  it('uses the legal name when there is no preferred name', () => {
    expect(learnerNames(base)).toEqual({ display: 'Samuel Ó Briain', legal: null });
  });
  it('shows a preferred given name with the family name, and the legal name beside it', () => {
    expect(learnerNames({ ...base, preferredName: 'Sam' })).toEqual({
      display: 'Sam Ó Briain',
      legal: 'Samuel Ó Briain',
    });
  });
  it('accepts a full preferred name', () => {
    expect(learnerNames({ ...base, preferredName: 'Sam Bryan' }).display).toBe('Sam Bryan');
  });
  it('ignores a preferred name equal to the legal given name', () => {
    expect(learnerNames({ ...base, preferredName: 'Samuel' }).legal).toBeNull();
  });
});
