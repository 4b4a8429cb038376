import { clampPage } from '@bacc/ui';

export const PAGE_SIZE = 25;

/** The learners list's filters, kept in the URL so every filtered page is a link. */
export interface LearnersSearch {
  q?: string;
  year?: number;
  /** A tier id, or "none" for no award yet. */
  tier?: string;
  /** A component still needed for the next tier. */
  missing?: string;
  pathway?: string;
  page?: number;
}

const key = (value: unknown) =>
  typeof value === 'string' && /^[a-z0-9_]{1,64}$/.test(value) ? value : undefined;

function parseYear(value: unknown): number | undefined {
  const year = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

export function parseLearnersSearch(search: Record<string, unknown>): LearnersSearch {
  const result: LearnersSearch = {};
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  if (q) result.q = q;
  const year = parseYear(search.year);
  if (year !== undefined) result.year = year;
  for (const name of ['tier', 'missing', 'pathway'] as const) {
    const value = key(search[name]);
    if (value) result[name] = value;
  }
  const page = clampPage(search.page);
  if (page > 1) result.page = page;
  return result;
}

/**
 * The leaving years to offer, newest first: three either side of this year (learners leave
 * across several years) and the chosen year, wherever it lies.
 */
export function leavingYearChoices(selected?: number, today = new Date()): number[] {
  const now = today.getFullYear();
  const years = new Set<number>();
  for (let year = now + 3; year >= now - 3; year -= 1) years.add(year);
  if (selected !== undefined) years.add(selected);
  return [...years].sort((a, b) => b - a);
}
