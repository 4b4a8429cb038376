/** A fraction as a percentage to one decimal place, or a dash when there is nobody to count. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

/** A fraction as a number of percentage points (for CSV cells and charts). */
export function points(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** A difference between two shares, in percentage points, signed. */
export function gapText(gap: number | null): string {
  if (gap === null) return '–';
  const pp = Math.round(gap * 1000) / 10;
  if (pp === 0) return '0.0 pp';
  return `${pp > 0 ? '+' : '−'}${Math.abs(pp).toFixed(1)} pp`;
}
