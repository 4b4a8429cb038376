import type { RankingField } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';

export type ItemKey = (item: EvidenceItem) => number;

export function rankingKey(
  by: RankingField | undefined,
  tablePoints: ItemKey | undefined,
): ItemKey {
  switch (by ?? 'points') {
    case 'points':
      return tablePoints ?? ((i) => i.points);
    case 'size':
      return (i) => i.size;
    case 'hours':
      return (i) => i.hours;
    case 'glh':
      return (i) => i.glh;
  }
}

/** Best first; ties broken by grade rank, then by id, so the order never depends on input. */
export function bestFirst(key: ItemKey): (a: EvidenceItem, b: EvidenceItem) => number {
  return (a, b) => {
    const byKey = key(b) - key(a);
    if (byKey !== 0) return byKey;
    if (a.rank !== b.rank) return b.rank - a.rank;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export const rankingWords: Record<RankingField, string> = {
  points: 'points',
  size: 'size',
  hours: 'hours',
  glh: 'guided learning hours',
};
