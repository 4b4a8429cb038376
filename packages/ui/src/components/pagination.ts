export type PageItem = number | 'gap';

/** The number of pages for `total` items (at least 1, so page 1 always exists). */
export function pageCount(total: number, pageSize: number): number {
  if (pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page number from untrusted input (e.g. the URL), clamped into 1..count. */
export function clampPage(page: unknown, count = Number.POSITIVE_INFINITY): number {
  const n = typeof page === 'number' ? page : Number.parseInt(String(page ?? ''), 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), Math.max(1, count));
}

/**
 * The page links to show: always the first and last, the current page with `siblings` either
 * side, and a gap where pages are left out. 1 … 4 5 [6] 7 8 … 20
 */
export function pageItems(current: number, count: number, siblings = 1): PageItem[] {
  const page = clampPage(current, count);
  const start = Math.max(2, page - siblings);
  const end = Math.min(count - 1, page + siblings);
  const items: PageItem[] = [1];
  if (start > 2) items.push(start === 3 ? 2 : 'gap');
  for (let n = start; n <= end; n += 1) items.push(n);
  if (end < count - 1) items.push(end === count - 2 ? count - 1 : 'gap');
  if (count > 1) items.push(count);
  return items;
}

/** "Showing 26 to 50 of 312 learners" (or "No learners"). */
export function rangeText(page: number, pageSize: number, total: number, noun: string): string {
  if (total === 0) return `No ${noun}`;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const fmt = new Intl.NumberFormat('en-GB');
  if (first > total) return `${fmt.format(total)} ${noun}`;
  return `Showing ${fmt.format(first)} to ${fmt.format(last)} of ${fmt.format(total)} ${noun}`;
}
