export interface AnalyticsSearch {
  year?: number;
  centre?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cohort year and centre, kept in the URL so a view can be shared; anything else is dropped. */
export function parseAnalyticsSearch(search: Record<string, unknown>): AnalyticsSearch {
  const out: AnalyticsSearch = {};
  const year = Number(search.year);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) out.year = year;
  if (typeof search.centre === 'string' && UUID.test(search.centre)) out.centre = search.centre;
  return out;
}
