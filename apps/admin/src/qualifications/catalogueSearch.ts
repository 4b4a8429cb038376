export interface CatalogueSearch {
  q?: string;
  type?: string;
  level?: number;
  category?: 'general' | 'technical';
}

/** Catalogue filters live in the URL, so a filtered list is a link. */
export function parseCatalogueSearch(search: Record<string, unknown>): CatalogueSearch {
  const out: CatalogueSearch = {};
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  if (q) out.q = q;
  if (typeof search.type === 'string' && /^[a-z0-9_]{1,40}$/.test(search.type))
    out.type = search.type;
  const level = Number(search.level);
  if (search.level !== undefined && Number.isInteger(level) && level >= 0 && level <= 8)
    out.level = level;
  if (search.category === 'general' || search.category === 'technical')
    out.category = search.category;
  return out;
}

/** Size in words: A-level equivalence first, then guided learning hours, then total time. */
export function describeSize(q: {
  sizeALevels: number | null;
  glh: number | null;
  tqt: number | null;
}): string {
  const parts: string[] = [];
  if (q.sizeALevels !== null)
    parts.push(`${q.sizeALevels} A level${q.sizeALevels === 1 ? '' : 's'}`);
  if (q.glh !== null) parts.push(`${q.glh} GLH`);
  if (q.tqt !== null) parts.push(`${q.tqt} TQT`);
  return parts.join(' · ') || 'Not recorded';
}

export const typeLabel = (type: string) =>
  type.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
