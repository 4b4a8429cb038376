let pagesShown = 0;

/**
 * Moves focus to a page's main heading when the previous focus was lost, e.g. the button
 * that was pressed is gone after signing in or out. The first page of a visit keeps the
 * browser's natural order, so the skip link stays the first stop.
 */
export function focusHeadingIfFocusLost(heading: HTMLElement | null): void {
  pagesShown += 1;
  if (pagesShown === 1 || !heading) return;
  const active = document.activeElement;
  if (active === null || active === document.body || !active.isConnected) heading.focus();
}

/** Focuses the main heading of the current page, e.g. after a client-side route change. */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  heading?.focus();
}
