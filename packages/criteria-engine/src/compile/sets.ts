import type { EvidenceFilter, SetRule } from '@bacc/schema';
import type { RuleCompiler } from './compiler.ts';
import { Explanation } from './explanation.ts';
import { describeFilter, type ItemTest } from './filter.ts';
import { internalized } from './internalized.ts';
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
import {
  cappedDropped,
  discountDropped,
  discounted,
  merged,
  notBest,
  overCap,
  ranked,
  without,
  withoutOver,
} from './set-ops.ts';

export function compileSet(rule: SetRule, compiler: RuleCompiler): CompiledSet {
  return withCounting(compilePartialSet(rule, compiler));
}

function compilePartialSet(rule: SetRule, compiler: RuleCompiler): PartialSet {
  switch (rule.kind) {
    case 'evidence':
      return evidenceSet(
        'evidence',
        rule.from,
        compiler.filter(rule.where),
        rule.label ?? describeFilter(rule.from, rule.where),
      );
    case 'best': {
      const of = compiler.set(rule.of);
      const order = bestFirst(rankingKey(rule.by, compiler.tablePoints(rule.pointsTable)));
      const n = rule.n;
      const label =
        rule.label ?? `best ${n} of ${of.label} by ${rankingWords[rule.by ?? 'points']}`;
      const reason = `not among the best ${n} of ${of.label}`;
      return {
        label,
        select: (ctx) => ranked(of.select(ctx), order).slice(0, n),
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const sorted = ranked(inner.items, order);
          const items = sorted.slice(0, n);
          const dropped = notBest(sorted, n, reason);
          return { items, node: setNode('best', label, items, [inner.node], dropped) };
        },
      };
    }
    case 'cap': {
      const of = compiler.set(rule.of);
      const capped = compiler.filter(rule.where);
      const order = bestFirst(rankingKey(rule.by, undefined));
      const max = rule.max;
      const cappedWords = describeFilter('items', rule.where);
      const label = rule.label ?? `${of.label}, at most ${max} ${cappedWords} counting`;
      const reason = `only ${max} ${cappedWords} count`;
      return {
        label,
        select: (ctx) => {
          const items = of.select(ctx);
          return withoutOver(items, overCap(items, capped, order, max));
        },
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const over = overCap(inner.items, capped, order, max);
          const kept = withoutOver(inner.items, over);
          const dropped = cappedDropped(over, reason);
          const same = kept === inner.items ? inner.node.items : undefined;
          return { items: kept, node: setNode('cap', label, kept, [inner.node], dropped, same) };
        },
      };
    }
    case 'discount': {
      const of = compiler.set(rule.of);
      const order = bestFirst(rankingKey(rule.by, undefined));
      const label = rule.label ?? `${of.label}, counting each discount code once`;
      return {
        label,
        select: (ctx) => discounted(of.select(ctx), order),
        explain: (ctx) => {
          const inner = of.explain(ctx);
          const kept = discounted(inner.items, order);
          const dropped = discountDropped(inner.items, kept, order);
          const same = kept === inner.items ? inner.node.items : undefined;
          return {
            items: kept,
            node: setNode('discount', label, kept, [inner.node], dropped, same),
          };
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
        const guard = compiler.filter(shared);
        const tests = rest.map((w) => compiler.filter(w));
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
      return {
        label,
        select: (ctx) => merged(parts.map((p) => p.select(ctx))),
        explain: (ctx) => {
          const inner = parts.map((p) => p.explain(ctx));
          const items = merged(inner.map((e) => e.items));
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
      return {
        label,
        select: (ctx) => without(of.select(ctx), remove.select(ctx), bySubject),
        explain: (ctx) => {
          const a = of.explain(ctx);
          const b = remove.explain(ctx);
          const items = without(a.items, b.items, bySubject);
          return { items, node: setNode('without', label, items, [a.node, b.node]) };
        },
      };
    }
    case 'set': {
      const name = rule.name;
      const key = internalized(`set:${name}`);
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
