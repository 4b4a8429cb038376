export type AwardStatus = 'valid' | 'revoked' | 'superseded';

export interface AwardsSearch {
  centre?: string;
  status?: AwardStatus;
  q?: string;
  page?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly string[] = ['valid', 'revoked', 'superseded'];

/** The awards filters from the address; anything malformed is dropped rather than sent. */
export function parseAwardsSearch(search: Record<string, unknown>): AwardsSearch {
  const out: AwardsSearch = {};
  if (typeof search.centre === 'string' && UUID.test(search.centre)) out.centre = search.centre;
  if (typeof search.status === 'string' && STATUSES.includes(search.status))
    out.status = search.status as AwardStatus;
  if (typeof search.q === 'string' && search.q.trim() !== '') out.q = search.q.trim().slice(0, 100);
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) out.page = page;
  return out;
}
