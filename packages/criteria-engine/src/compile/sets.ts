import type { DroppedEvidence, EvidenceFilter, SetRule } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { RuleCompiler } from './compiler.ts';
import { Explanation } from './explanation.ts';
import { compileFilter, describeFilter, type ItemTest } from './filter.ts';
import type { CompiledSet } from './nodes.ts';
import { bestFirst, rankingKey, rankingWords } from './ranking.ts';
import {
  evidenceSet,
  factorFilters,
  ids,
  type PartialSet,
  setNode,
  withCounting,
} from './set-nodes.ts';

export function compileSet(rule: SetRule, compiler: RuleCompiler): CompiledSet {
  return withCounting(compilePartialSet(rule, compiler));
}

function compilePartialSet(rule: SetRule, compiler: RuleCompiler): PartialSet {
  switch (rule.kind) {
    case 'evidence':
      return evidenceSet(
        'evidence',
        rule.from,
        compileFilter(rule.where, compiler.scales),
        rule.label ?? describeFilter(rule.from, rule.where),
      );
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
          const dropped: DroppedEvidence[] = [];
          for (let i = n; i < sorted.length; i++)
            dropped.push({ id: sorted[i]!.id, why: 'not_best', reason });
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
      const none: EvidenceItem[] = [];
      /** The items over the cap: matching ones beyond the best `max` (usually none). */
      const overCap = (items: EvidenceItem[]) => {
        let matching = 0;
        for (let i = 0; i < items.length; i++) if (capped(items[i]!)) matching++;
        return matching <= max ? none : items.filter(capped).sort(order).slice(max);
      };
      const keep = (items: EvidenceItem[], over: EvidenceItem[]) =>
        over.length === 0 ? items : items.filter((i) => !over.includes(i));
      return {
        label,
        select: (ctx) => {
          const items = of.select(ctx);
          return keep(items, overCap(items));
        },
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const over = overCap(inner.items);
          const kept = keep(inner.items, over);
          const dropped: DroppedEvidence[] = [];
          for (let i = 0; i < over.length; i++)
            dropped.push({ id: over[i]!.id, why: 'capped', reason });
          return { items: kept, node: setNode('cap', label, kept, [inner.node], dropped) };
        },
      };
    }
    case 'discount': {
      const of = compiler.set(rule.of);
      const order = bestFirst(rankingKey(rule.by, undefined));
      const label = rule.label ?? `${of.label}, counting each discount code once`;
      // Lists are short (a learner's results), so a scan beats building a map per learner.
      const winner = (items: EvidenceItem[], item: EvidenceItem) => {
        let best = item;
        for (let j = 0; j < items.length; j++) {
          const other = items[j]!;
          if (other !== best && other.discountCode === item.discountCode && order(other, best) < 0)
            best = other;
        }
        return best;
      };
      const keep = (items: EvidenceItem[]) => {
        let shared = false;
        for (let j = 0; j < items.length && !shared; j++) {
          const code = items[j]!.discountCode;
          if (code === '') continue;
          for (let k = j + 1; k < items.length; k++)
            if (items[k]!.discountCode === code) shared = true;
        }
        return shared
          ? items.filter((i) => i.discountCode === '' || winner(items, i) === i)
          : items;
      };
      return {
        label,
        select: (ctx) => keep(of.select(ctx)),
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const kept = keep(inner.items);
          const dropped: DroppedEvidence[] = [];
          if (kept.length < inner.items.length) {
            for (const i of inner.items) {
              if (kept.includes(i)) continue;
              const w = winner(inner.items, i);
              dropped.push({
                id: i.id,
                why: 'discounted',
                reason: `shares discount code ${i.discountCode} with ${w.id}, whose result is better and counts instead`,
              });
            }
          }
          return { items: kept, node: setNode('discount', label, kept, [inner.node], dropped) };
        },
      };
    }
    case 'union': {
      const first = rule.of[0]!;
      if (
        first.kind === 'evidence' &&
        rule.of.every((p) => p.kind === 'evidence' && p.from === first.from)
      ) {
        // Parts over one source: a single pass with either filter gives the same items.
        const wheres = rule.of.map((p) => (p as { where?: EvidenceFilter }).where ?? {});
        const { shared, rest } = factorFilters(wheres);
        const guard = compileFilter(shared, compiler.scales);
        const tests = rest.map((w) => compileFilter(w, compiler.scales));
        const label =
          rule.label ??
          rule.of
            .map(
              (p) => p.label ?? describeFilter(first.from, (p as { where?: EvidenceFilter }).where),
            )
            .join(' or ');
        const either: ItemTest = (i) => {
          if (!guard(i)) return false;
          for (let t = 0; t < tests.length; t++) if (tests[t]!(i)) return true;
          return false;
        };
        return evidenceSet('union', first.from, either, label);
      }
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
      const key = `set:${name}`;
      const { slot, compiled } = compiler.resolve<CompiledSet>('set', name);
      const label = rule.label ?? compiled.label;
      const select = compiled.select;
      const explainTarget = compiled.explain;
      return {
        label,
        refKey: key,
        select: (ctx) => ctx.remembered(slot, select),
        count: (ctx) => ctx.remembered(slot, select).length,
        explain: (ctx) => {
          const target = ctx.rememberedExplanation(slot, explainTarget);
          const items = target.items;
          const node = new Explanation('set', label, `${label}: ${items.length} counted`);
          node.name = key;
          // The named set's own node lists the same ids: share the list, do not copy it.
          node.items = target.node.items ?? ids(items);
          return { items, node };
        },
      };
    }
  }
}
