import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sorting.ts';

describe('sortRows', () => {
  const rows = [
    { name: 'St Mary’s', town: null, n: 10 },
    { name: 'Abbey Park', town: 'York', n: 2 },
    { name: 'academy 9', town: 'Bath', n: 100 },
    { name: 'Academy 10', town: 'Leeds', n: 2 },
  ];

  it('sorts text in natural, case-insensitive order', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending').map((r) => r.name)).toEqual([
      'Abbey Park',
      'academy 9',
      'Academy 10',
      'St Mary’s',
    ]);
  });

  it('sorts numbers numerically, descending when asked', () => {
    expect(sortRows(rows, (r) => r.n, 'descending').map((r) => r.n)).toEqual([100, 10, 2, 2]);
  });

  it('keeps empty values last either way', () => {
    expect(sortRows(rows, (r) => r.town, 'ascending').at(-1)?.town).toBeNull();
    expect(sortRows(rows, (r) => r.town, 'descending').at(-1)?.town).toBeNull();
  });
});

describe('nextSort', () => {
  it('toggles the same column and starts a new one ascending', () => {
    expect(nextSort(undefined, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ key: 'name', direction: 'descending' }, 'town')).toEqual({
      key: 'town',
      direction: 'ascending',
    });
  });
});
