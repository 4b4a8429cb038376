import type { CentreSummary } from '@bacc/ui';

export interface CentresSearch {
  /** Filter text, kept in the URL so a filtered list is a link. */
  q?: string;
}

export function parseCentresSearch(search: Record<string, unknown>): CentresSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  return q ? { q } : {};
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

/** Centres whose name, URN or town contains every word of the filter (accents ignored). */
export function filterCentres(centres: readonly CentreSummary[], query: string): CentreSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...centres];
  return centres.filter((centre) => {
    const haystack = fold([centre.name, centre.urn, centre.town ?? ''].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

export const kindLabels: Record<CentreSummary['kind'], string> = {
  school: 'School',
  college: 'College',
  other: 'Other',
};

export interface CentreTotals {
  centres: number;
  learners: number;
  staff: number;
}

export function centreTotals(centres: readonly CentreSummary[]): CentreTotals {
  return centres.reduce(
    (sum, centre) => ({
      centres: sum.centres + 1,
      learners: sum.learners + centre.learnerCount,
      staff: sum.staff + centre.staffCount,
    }),
    { centres: 0, learners: 0, staff: 0 },
  );
}
