/** The dashboard's chosen cohort, in the URL so each cohort's dashboard is a link. */
export interface DashboardSearch {
  year?: number;
}

export function parseDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const year = Number.parseInt(String(search.year ?? ''), 10);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {};
}
