export interface AuditSearch {
  actor?: string;
  action?: string;
  entity?: string;
  centre?: string;
  from?: string;
  to?: string;
  page?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME = /^[a-z_.]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit filters from the address; anything malformed is dropped rather than sent. */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const out: AuditSearch = {};
  const text = (key: keyof AuditSearch, pattern: RegExp) => {
    const v = search[key];
    if (typeof v === 'string' && pattern.test(v)) (out as Record<string, unknown>)[key] = v;
  };
  text('actor', UUID);
  text('centre', UUID);
  text('action', NAME);
  text('entity', NAME);
  text('from', DATE);
  text('to', DATE);
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) out.page = page;
  return out;
}

/** The API's filter from the address's. */
export function auditFilter(s: AuditSearch) {
  return {
    actorUserId: s.actor,
    action: s.action,
    entity: s.entity,
    centreId: s.centre,
    from: s.from,
    to: s.to,
  };
}
