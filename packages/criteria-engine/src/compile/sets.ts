import type { DroppedEvidence, ExplanationNode, SetRule } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { RuleCompiler } from './compiler.ts';
import type { EvaluationContext } from './context.ts';
import { compileFilter, describeFilter } from './filter.ts';
import type { CompiledSet, SetExplanation } from './nodes.ts';
import { bestFirst, rankingKey, rankingWords } from './ranking.ts';

const ids = (items: EvidenceItem[]) => items.map((i) => i.id);

function setNode(
  kind: string,
  label: string,
  items: EvidenceItem[],
  children: ExplanationNode[],
  dropped?: DroppedEvidence[],
): ExplanationNode {
  const left = dropped && dropped.length > 0 ? `; ${dropped.length} left out` : '';
  const node: ExplanationNode = {
    kind,
    label,
    text: `${label}: ${items.length} counted${left}`,
    items: ids(items),
    children,
  };
  if (dropped && dropped.length > 0) node.dropped = dropped;
  return node;
}

export function compileSet(rule: SetRule, compiler: RuleCompiler): CompiledSet {
  switch (rule.kind) {
    case 'evidence': {
      const test = compileFilter(rule.where, compiler.scales);
      const label = rule.label ?? describeFilter(rule.from, rule.where);
      const from = rule.from;
      const select = (ctx: EvaluationContext) => {
        const source = ctx[from];
        const out: EvidenceItem[] = [];
        for (let i = 0; i < source.length; i++) if (test(source[i]!)) out.push(source[i]!);
        return out;
      };
      return {
        label,
        select,
        explain: (ctx) => {
          const items = select(ctx);
          return { items, node: setNode('evidence', label, items, []) };
        },
      };
    }
    case 'best': {
      const of = compiler.set(rule.of);
      const order = bestFirst(rankingKey(rule.by, compiler.tablePoints(rule.pointsTable)));
      const n = rule.n;
      const label =
        rule.label ?? `best ${n} of ${of.label} by ${rankingWords[rule.by ?? 'points']}`;
      const reason = `not among the best ${n} of ${of.label}`;
      const pick = (items: EvidenceItem[]) =>
        items.length <= 1 ? items : items.slice().sort(order);
      return {
        label,
        select: (ctx) => pick(of.select(ctx)).slice(0, n),
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const sorted = pick(inner.items);
          const items = sorted.slice(0, n);
          const dropped = sorted
            .slice(n)
            .map((i): DroppedEvidence => ({ id: i.id, why: 'not_best', reason }));
          return { items, node: setNode('best', label, items, [inner.node], dropped) };
        },
      };
    }
    case 'cap': {
      const of = compiler.set(rule.of);
      const capped = compileFilter(rule.where, compiler.scales);
      const order = bestFirst(rankingKey(rule.by, undefined));
      const max = rule.max;
      const cappedWords = describeFilter('items', rule.where);
      const label = rule.label ?? `${of.label}, at most ${max} ${cappedWords} counting`;
      const reason = `only ${max} ${cappedWords} count`;
      const split = (items: EvidenceItem[]) => {
        let matching = 0;
        for (const i of items) if (capped(i)) matching++;
        if (matching <= max) return { kept: items, over: [] as EvidenceItem[] };
        const over = new Set(items.filter(capped).sort(order).slice(max));
        return { kept: items.filter((i) => !over.has(i)), over: [...over] };
      };
      return {
        label,
        select: (ctx) => split(of.select(ctx)).kept,
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const { kept, over } = split(inner.items);
          const dropped = over.map((i): DroppedEvidence => ({ id: i.id, why: 'capped', reason }));
          return { items: kept, node: setNode('cap', label, kept, [inner.node], dropped) };
        },
      };
    }
    case 'discount': {
      const of = compiler.set(rule.of);
      const order = bestFirst(rankingKey(rule.by, undefined));
      const label = rule.label ?? `${of.label}, counting each discount code once`;
      const split = (items: EvidenceItem[]) => {
        let best: Map<string, EvidenceItem> | undefined;
        for (const i of items) {
          if (i.discountCode === '') continue;
          best ??= new Map();
          const held = best.get(i.discountCode);
          if (!held || order(i, held) < 0) best.set(i.discountCode, i);
        }
        if (!best) return { kept: items, best };
        const winners = best;
        return {
          kept: items.filter((i) => i.discountCode === '' || winners.get(i.discountCode) === i),
          best,
        };
      };
      return {
        label,
        select: (ctx) => split(of.select(ctx)).kept,
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const { kept, best } = split(inner.items);
          const dropped: DroppedEvidence[] = [];
          for (const i of inner.items) {
            const winner = best?.get(i.discountCode);
            if (winner && winner !== i) {
              dropped.push({
                id: i.id,
                why: 'discounted',
                reason: `shares discount code ${i.discountCode} with ${winner.id}, whose result is better and counts instead`,
              });
            }
          }
          return { items: kept, node: setNode('discount', label, kept, [inner.node], dropped) };
        },
      };
    }
    case 'union': {
      const parts = rule.of.map((r) => compiler.set(r));
      const label = rule.label ?? parts.map((p) => p.label).join(' and ');
      const merge = (lists: EvidenceItem[][]) => {
        const out: EvidenceItem[] = [];
        for (const list of lists) for (const i of list) if (!out.includes(i)) out.push(i);
        return out;
      };
      return {
        label,
        select: (ctx) => merge(parts.map((p) => p.select(ctx))),
        explain: (ctx) => {
          const inner = parts.map((p) => p.explain(ctx));
          const items = merge(inner.map((e) => e.items));
          return {
            items,
            node: setNode(
              'union',
              label,
              items,
              inner.map((e) => e.node),
            ),
          };
        },
      };
    }
    case 'without': {
      const of = compiler.set(rule.of);
      const remove = compiler.set(rule.remove);
      const bySubject = rule.matchOn === 'subject';
      const label = rule.label ?? `${of.label} not already in ${remove.label}`;
      const keep = (items: EvidenceItem[], removed: EvidenceItem[]) =>
        items.filter(
          (i) =>
            !removed.some((r) =>
              bySubject ? r.subject !== '' && r.subject === i.subject : r === i,
            ),
        );
      return {
        label,
        select: (ctx) => keep(of.select(ctx), remove.select(ctx)),
        explain: (ctx) => {
          const a = of.explain(ctx);
          const b = remove.explain(ctx);
          const items = keep(a.items, b.items);
          return { items, node: setNode('without', label, items, [a.node, b.node]) };
        },
      };
    }
    case 'set': {
      const name = rule.name;
      const { slot, compiled } = compiler.resolve<CompiledSet>('set', name);
      const label = rule.label ?? compiled.label;
      const select = compiled.select;
      const explainTarget = (ctx: EvaluationContext): SetExplanation => {
        const e = compiled.explain(ctx);
        ctx.named[`set:${name}`] = e.node;
        return e;
      };
      return {
        label,
        select: (ctx) => ctx.remembered(slot, select),
        explain: (ctx) => {
          const { items } = ctx.rememberedExplanation(slot, explainTarget);
          return {
            items,
            node: {
              kind: 'set',
              name,
              label,
              text: `${label}: ${items.length} counted`,
              items: ids(items),
            },
          };
        },
      };
    }
  }
}
