import { describe, expect, it } from 'vitest';
import { leavingYearChoices, parseLearnersSearch } from './learnersSearch.ts';

describe('parseLearnersSearch', () => {
  it('keeps valid filters', () => {
    expect(parseLearnersSearch({ q: ' Amira ', year: '2026', page: '3' })).toEqual({
      q: 'Amira',
      year: 2026,
      page: 3,
    });
  });
  it('drops what makes no sense rather than failing', () => {
    expect(parseLearnersSearch({ q: '', year: 'soon', page: '-1' })).toEqual({});
    expect(parseLearnersSearch({ year: 1999, page: 1 })).toEqual({});
  });
  it('keeps standing filters that look like framework ids, and only those', () => {
    expect(
      parseLearnersSearch({ tier: 'none', missing: 'core_learning', pathway: 'general' }),
    ).toEqual({
      tier: 'none',
      missing: 'core_learning',
      pathway: 'general',
    });
    expect(parseLearnersSearch({ tier: 'Drop Table', missing: 3 })).toEqual({});
  });
  it('caps the search text', () => {
    expect(parseLearnersSearch({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });
});

describe('leavingYearChoices', () => {
  const today = new Date('2026-05-01T12:00:00Z');
  it('offers three years either side of this one, newest first', () => {
    expect(leavingYearChoices(undefined, today)).toEqual([
      2029, 2028, 2027, 2026, 2025, 2024, 2023,
    ]);
  });
  it('includes a chosen year outside the range', () => {
    expect(leavingYearChoices(2015, today).at(-1)).toBe(2015);
    expect(leavingYearChoices(2026, today)).toHaveLength(7);
  });
});
