export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Compares two cell values: numbers numerically, text in English order, nulls last. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy of rows by the value `pick` picks; nulls stay last in both directions. */
export function sortRows<T>(
  rows: readonly T[],
  pick: (row: T) => unknown,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = pick(x);
    const b = pick(y);
    if (a === null || a === undefined || b === null || b === undefined) return compareValues(a, b);
    return sign * compareValues(a, b);
  });
}

/** The next sort state when a column header is pressed. */
export function nextSort<K extends string>(
  current: SortState<K> | undefined,
  key: K,
): SortState<K> {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}
