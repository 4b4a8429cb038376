export type VersionView = 'editor' | 'json' | 'impact';

export interface VersionSearch {
  view?: VersionView;
}

export function parseVersionSearch(search: Record<string, unknown>): VersionSearch {
  const view = search.view;
  return view === 'json' || view === 'impact' || view === 'editor' ? { view } : {};
}

export interface DiffSearch {
  from?: string;
  to?: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDiffSearch(search: Record<string, unknown>): DiffSearch {
  const pick = (v: unknown) => (typeof v === 'string' && uuid.test(v) ? v : undefined);
  const from = pick(search.from);
  const to = pick(search.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
