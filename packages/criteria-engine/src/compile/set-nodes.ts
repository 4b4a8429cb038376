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

export const ids = (items: EvidenceItem[]) => items.map((i) => i.id);

export function setNode(
  kind: string,
  label: string,
  items: EvidenceItem[],
  children: ExplanationNode[],
  dropped?: DroppedEvidence[],
): ExplanationNode {
  const left = dropped && dropped.length > 0 ? `; ${dropped.length} left out` : '';
  const node = new Explanation(kind, label, `${label}: ${items.length} counted${left}`);
  node.items = ids(items);
  node.children = children;
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
      return { items, node: setNode(kind, label, items, []) };
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
