import type {
  DroppedEvidence,
  EvidenceFilter,
  EvidenceSource,
  ExplanationNode,
} from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { EvaluationContext } from './context.ts';
import { Explanation } from './explanation.ts';
import type { ItemTest } from './filter.ts';
import type { CompiledSet } from './nodes.ts';

/** The items' ids, in order (a loop: no closure per call on the explained path). */
export function ids(items: EvidenceItem[]): string[] {
  const out: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i]!.id;
  return out;
}

/** Shared, frozen empty lists: an evidence set has no children, and often no items. */
export const noChildren = Object.freeze([]) as unknown as ExplanationNode[];
const noIds = Object.freeze([]) as unknown as string[];

export function setNode(
  kind: string,
  label: string,
  items: EvidenceItem[],
  children: ExplanationNode[],
  dropped?: DroppedEvidence[],
  /** The ids of `items` when a child already lists them (a set that dropped nothing). */
  sameIds?: string[],
  /**
   * Generated code's sentences for this set by number counted (see generate/sentences.ts):
   * the same string for the same count, printed once.
   */
  printed?: (string | undefined)[],
): ExplanationNode {
  const left = dropped === undefined ? 0 : dropped.length;
  const count = items.length;
  let text: string | undefined;
  if (left > 0) text = `${label}: ${count} counted; ${left} left out`;
  else if (printed === undefined || count >= printed.length) text = `${label}: ${count} counted`;
  else {
    text = printed[count];
    if (text === undefined) {
      text = `${label}: ${count} counted`;
      printed[count] = text;
    }
  }
  const node = new Explanation(kind, label, text, undefined, undefined, undefined, children);
  node.items = items.length === 0 ? noIds : (sameIds ?? ids(items));
  if (dropped && dropped.length > 0) node.dropped = dropped;
  return node;
}

export type PartialSet = Omit<CompiledSet, 'count' | 'total'> &
  Partial<Pick<CompiledSet, 'count' | 'total'>>;

export function withCounting(set: PartialSet): CompiledSet {
  const select = set.select;
  return {
    ...set,
    count: set.count ?? ((ctx) => select(ctx).length),
    total:
      set.total ??
      ((ctx, key) => {
        const items = select(ctx);
        let sum = 0;
        for (let i = 0; i < items.length; i++) sum += key(items[i]!);
        return sum;
      }),
  };
}

/** One pass over one evidence source; counts and sums never build a list. */
export function evidenceSet(
  kind: string,
  from: EvidenceSource,
  test: ItemTest,
  label: string,
): PartialSet {
  const empty = Object.freeze(setNode(kind, label, [], noChildren));
  const select = (ctx: EvaluationContext) => {
    const source = ctx[from];
    const out: EvidenceItem[] = [];
    for (let i = 0; i < source.length; i++) if (test(source[i]!)) out.push(source[i]!);
    return out;
  };
  return {
    label,
    select,
    count: (ctx) => {
      const source = ctx[from];
      let n = 0;
      for (let i = 0; i < source.length; i++) if (test(source[i]!)) n++;
      return n;
    },
    total: (ctx, key) => {
      const source = ctx[from];
      let sum = 0;
      for (let i = 0; i < source.length; i++) if (test(source[i]!)) sum += key(source[i]!);
      return sum;
    },
    explain: (ctx) => {
      const items = select(ctx);
      // A set nothing matched explains the same way for every learner: one frozen node.
      return { items, node: items.length === 0 ? empty : setNode(kind, label, items, noChildren) };
    },
  };
}

/** Fields every part's filter gives identically, tested once before the parts. */
export function factorFilters(wheres: EvidenceFilter[]): {
  shared: EvidenceFilter;
  rest: EvidenceFilter[];
} {
  const shared: Record<string, unknown> = {};
  const first = wheres[0] ?? {};
  for (const [field, value] of Object.entries(first)) {
    const same = JSON.stringify(value);
    if (wheres.every((w) => JSON.stringify((w as Record<string, unknown>)[field]) === same))
      shared[field] = value;
  }
  const rest = wheres.map((w) => {
    const copy: Record<string, unknown> = { ...w };
    for (const field of Object.keys(shared)) delete copy[field];
    return copy as EvidenceFilter;
  });
  return { shared: shared as EvidenceFilter, rest };
}
