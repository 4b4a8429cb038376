import type { DroppedEvidence } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { ItemTest } from './filter.ts';

/**
 * The list operations behind best, cap, discount, union and without, shared by the closure
 * interpreter and the generated code so both keep exactly the same items in the same order.
 */
export type ItemOrder = (a: EvidenceItem, b: EvidenceItem) => number;

const none: EvidenceItem[] = [];

/** The items best first (a copy; a list of one is returned as is). */
export function ranked(items: EvidenceItem[], order: ItemOrder): EvidenceItem[] {
  return items.length <= 1 ? items : items.slice().sort(order);
}

/** Why each item beyond the best n was left out (not_best). */
export function notBest(sorted: EvidenceItem[], n: number, reason: string): DroppedEvidence[] {
  const dropped: DroppedEvidence[] = [];
  for (let i = n; i < sorted.length; i++)
    dropped.push({ id: sorted[i]!.id, why: 'not_best', reason });
  return dropped;
}

/** The items over a cap: matching ones beyond the best `max` (usually none). */
export function overCap(
  items: EvidenceItem[],
  capped: ItemTest,
  order: ItemOrder,
  max: number,
): EvidenceItem[] {
  let matching = 0;
  for (let i = 0; i < items.length; i++) if (capped(items[i]!)) matching++;
  return matching <= max ? none : items.filter(capped).sort(order).slice(max);
}

export function withoutOver(items: EvidenceItem[], over: EvidenceItem[]): EvidenceItem[] {
  return over.length === 0 ? items : items.filter((i) => !over.includes(i));
}

export function cappedDropped(over: EvidenceItem[], reason: string): DroppedEvidence[] {
  const dropped: DroppedEvidence[] = [];
  for (let i = 0; i < over.length; i++) dropped.push({ id: over[i]!.id, why: 'capped', reason });
  return dropped;
}

// Lists are short (a learner's results), so a scan beats building a map per learner.
function discountWinner(items: EvidenceItem[], item: EvidenceItem, order: ItemOrder) {
  let best = item;
  for (let j = 0; j < items.length; j++) {
    const other = items[j]!;
    if (
      other !== best &&
      other.codeKey === item.codeKey &&
      other.discountCode === item.discountCode &&
      order(other, best) < 0
    )
      best = other;
  }
  return best;
}

/** One item per discount code, the best kept; the same list when no code repeats. */
export function discounted(items: EvidenceItem[], order: ItemOrder): EvidenceItem[] {
  let shared = false;
  for (let j = 0; j < items.length && !shared; j++) {
    const code = items[j]!.discountCode;
    if (code === '') continue;
    const key = items[j]!.codeKey;
    for (let k = j + 1; k < items.length; k++)
      if (items[k]!.codeKey === key && items[k]!.discountCode === code) shared = true;
  }
  return shared
    ? items.filter((i) => i.discountCode === '' || discountWinner(items, i, order) === i)
    : items;
}

export function discountDropped(
  items: EvidenceItem[],
  kept: EvidenceItem[],
  order: ItemOrder,
): DroppedEvidence[] {
  const dropped: DroppedEvidence[] = [];
  if (kept.length < items.length) {
    for (const i of items) {
      if (kept.includes(i)) continue;
      const w = discountWinner(items, i, order);
      dropped.push({
        id: i.id,
        why: 'discounted',
        reason: `shares discount code ${i.discountCode} with ${w.id}, whose result is better and counts instead`,
      });
    }
  }
  return dropped;
}

/** Every item of every list once, in first-seen order. */
export function merged(lists: EvidenceItem[][]): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const list of lists) for (const i of list) if (!out.includes(i)) out.push(i);
  return out;
}

/** The items not in `removed` (the same item, or by subject the same non-empty subject). */
export function without(
  items: EvidenceItem[],
  removed: EvidenceItem[],
  bySubject: boolean,
): EvidenceItem[] {
  return items.filter(
    (i) =>
      !removed.some((r) => (bySubject ? r.subject !== '' && r.subject === i.subject : r === i)),
  );
}

/** The best item's grade (by rank) in a set, or undefined when the set is empty. */
export function bestGrade(items: EvidenceItem[]): EvidenceItem | undefined {
  let best: EvidenceItem | undefined;
  for (const i of items)
    if (!best || i.rank > best.rank || (i.rank === best.rank && i.id < best.id)) best = i;
  return best;
}
