import type { CentreSummary } from '@bacc/ui';
import { describe, expect, it } from 'vitest';
import { centreTotals, filterCentres, parseCentresSearch } from './centresSearch.ts';

const centre = (over: Partial<CentreSummary>): CentreSummary =>
  ({
    id: 'c',
    urn: '100000',
    name: 'Centre',
    kind: 'school',
    town: null,
    learnerCount: 0,
    staffCount: 0,
    leavingYears: [],
    ...over,
  }) as CentreSummary;

const centres = [
  centre({
    id: 'a',
    name: 'Brontë Academy',
    urn: '137001',
    town: 'Haworth',
    learnerCount: 120,
    staffCount: 4,
  }),
  centre({
    id: 'b',
    name: 'Riverside College',
    urn: '130456',
    town: 'York',
    kind: 'college',
    learnerCount: 200,
    staffCount: 6,
  }),
  centre({
    id: 'c',
    name: 'St Anne’s School',
    urn: '145678',
    town: null,
    learnerCount: 0,
    staffCount: 1,
  }),
];

describe('filterCentres', () => {
  it('matches name, URN and town, ignoring case and accents', () => {
    expect(filterCentres(centres, 'bronte').map((c) => c.id)).toEqual(['a']);
    expect(filterCentres(centres, '130456').map((c) => c.id)).toEqual(['b']);
    expect(filterCentres(centres, 'YORK').map((c) => c.id)).toEqual(['b']);
  });
  it('needs every word to match', () => {
    expect(filterCentres(centres, 'college york').map((c) => c.id)).toEqual(['b']);
    expect(filterCentres(centres, 'college haworth')).toEqual([]);
  });
  it('returns all centres for an empty filter', () => {
    expect(filterCentres(centres, '  ')).toHaveLength(3);
  });
});

describe('centreTotals', () => {
  it('adds up centres, learners and staff', () => {
    expect(centreTotals(centres)).toEqual({ centres: 3, learners: 320, staff: 11 });
  });
});

describe('parseCentresSearch', () => {
  it('keeps only a trimmed text filter', () => {
    expect(parseCentresSearch({ q: '  york ' })).toEqual({ q: 'york' });
    expect(parseCentresSearch({ q: 5 })).toEqual({});
    expect(parseCentresSearch({})).toEqual({});
  });
});
