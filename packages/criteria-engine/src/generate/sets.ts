import type { EvidenceFilter, EvidenceSource, SetRule } from '@bacc/schema';
import { compileFilter, describeFilter } from '../compile/filter.ts';
import { bestFirst, rankingKey, rankingWords } from '../compile/ranking.ts';
import { factorFilters, noChildren, setNode } from '../compile/set-nodes.ts';
import { filterExpression } from './filter.ts';
import type { FrameworkGenerator, GeneratedSet } from './generator.ts';
import { printedOnce } from './sentences.ts';

const sourceVariable: Record<EvidenceSource, 'R' | 'P' | 'A'> = {
  results: 'R',
  projects: 'P',
  activities: 'A',
};

/** Totals for sets that build their list: sum the key over select(). */
function listTotals(gen: FrameworkGenerator, select: string): GeneratedSet['total'] {
  const made = new Map<string, string>();
  return (key) => {
    let name = made.get(key.id);
    if (name === undefined) {
      name = gen.src.fn(
        'tot',
        `const items = ${select}();\nlet sum = 0;\nfor (let n = 0; n < items.length; n++) sum += ${key.of('items[n]')};\nreturn sum;`,
      );
      made.set(key.id, name);
    }
    return name;
  };
}

/** A set with a list: count and totals read it (compile/set-nodes.ts withCounting). */
function listSet(
  gen: FrameworkGenerator,
  label: string,
  select: string,
  explain: string,
): GeneratedSet {
  let count = '';
  return {
    label,
    select,
    count: () => {
      if (count === '') count = gen.src.fn('cnt', `return ${select}().length;`);
      return count;
    },
    total: listTotals(gen, select),
    explain,
  };
}

/**
 * One source filtered (the filter inlined): its list is built only when asked for; its count
 * and totals come from the source's one pass, which works out every such filter at once.
 */
function evidenceSet(
  gen: FrameworkGenerator,
  kind: string,
  from: EvidenceSource,
  test: string,
  label: string,
): GeneratedSet {
  const { src } = gen;
  const source = sourceVariable[from];
  const select = src.fn(
    'sel',
    `const out = [];\nconst s = ${source};\nfor (let n = 0; n < s.length; n++) {\nconst i = s[n];\nif (${test}) out.push(i);\n}\nreturn out;`,
  );
  const empty = src.constant(Object.freeze(setNode(kind, label, [], noChildren)));
  const explain = src.fn(
    'xs',
    `const items = ${select}();\nE.XI = items;\nreturn items.length === 0 ? ${empty} : setNode(${src.constant(kind)}, ${src.constant(label)}, items, noChildren, undefined, undefined, ${src.sentenceTable()});`,
  );
  const accumulator = gen.accumulator(source, test);
  return {
    label,
    select,
    count: accumulator.count,
    total: accumulator.total,
    explain,
    accumulated: true,
  };
}

export function generateSet(rule: SetRule, gen: FrameworkGenerator): GeneratedSet {
  const { src, scales, compiler } = gen;
  const k = (value: unknown) => src.constant(value);
  switch (rule.kind) {
    case 'evidence':
      return evidenceSet(
        gen,
        'evidence',
        rule.from,
        filterExpression(src, 'i', rule.where, scales),
        rule.label ?? describeFilter(rule.from, rule.where),
      );
    case 'best': {
      const of = gen.set(rule.of);
      const order = k(bestFirst(rankingKey(rule.by, compiler.tablePoints(rule.pointsTable))));
      gen.ranks(
        rule.by ?? 'points',
        (rule.by ?? 'points') === 'points' ? rule.pointsTable : undefined,
      );
      const n = src.number(rule.n);
      const label =
        rule.label ?? `best ${rule.n} of ${of.label} by ${rankingWords[rule.by ?? 'points']}`;
      const reason = k(`not among the best ${rule.n} of ${of.label}`);
      const select = src.fn('sel', `return ranked(${of.select}(), ${order}).slice(0, ${n});`);
      const explain = src.fn(
        'xs',
        `const inner = ${of.explain}();
const sorted = ranked(E.XI, ${order});
const items = sorted.slice(0, ${n});
const dropped = notBest(sorted, ${n}, ${reason});
E.XI = items;
return setNode('best', ${k(label)}, items, [inner], dropped, undefined, ${src.sentenceTable()});`,
      );
      return listSet(gen, label, select, explain);
    }
    case 'cap': {
      const of = gen.set(rule.of);
      const capped = k(compileFilter(rule.where, scales));
      // Usually nothing is over the cap: count the capped items with the filter inlined first.
      const cappedTest = filterExpression(src, 'i', rule.where, scales);
      const matching = (items: string) =>
        `let matching = 0;\nfor (let n = 0; n < ${items}.length; n++) {\nconst i = ${items}[n];\nif (${cappedTest}) matching++;\n}`;
      const order = k(bestFirst(rankingKey(rule.by, undefined)));
      gen.ranks(rule.by ?? 'points');
      const max = src.number(rule.max);
      const cappedWords = describeFilter('items', rule.where);
      const label = rule.label ?? `${of.label}, at most ${rule.max} ${cappedWords} counting`;
      const reason = k(`only ${rule.max} ${cappedWords} count`);
      const select = src.fn(
        'sel',
        `const items = ${of.select}();\n${matching('items')}\nreturn matching <= ${max} ? items : withoutOver(items, overCap(items, ${capped}, ${order}, ${max}));`,
      );
      const explain = src.fn(
        'xs',
        `const inner = ${of.explain}();
const innerItems = E.XI;
${matching('innerItems')}
const over = matching <= ${max} ? noItems : overCap(innerItems, ${capped}, ${order}, ${max});
const kept = withoutOver(innerItems, over);
const dropped = cappedDropped(over, ${reason});
if (dropped.length > 0) DR = true;
E.XI = kept;
return setNode('cap', ${k(label)}, kept, [inner], dropped, kept === innerItems ? inner.items : undefined, ${src.sentenceTable()});`,
      );
      return listSet(gen, label, select, explain);
    }
    case 'discount': {
      const of = gen.set(rule.of);
      const order = k(bestFirst(rankingKey(rule.by, undefined)));
      gen.ranks(rule.by ?? 'points');
      const label = rule.label ?? `${of.label}, counting each discount code once`;
      const select = src.fn('sel', `return discounted(${of.select}(), ${order});`);
      const explain = src.fn(
        'xs',
        `const inner = ${of.explain}();
const innerItems = E.XI;
const kept = discounted(innerItems, ${order});
const dropped = discountDropped(innerItems, kept, ${order});
if (dropped.length > 0) DR = true;
E.XI = kept;
return setNode('discount', ${k(label)}, kept, [inner], dropped, kept === innerItems ? inner.items : undefined, ${src.sentenceTable()});`,
      );
      return listSet(gen, label, select, explain);
    }
    case 'union': {
      const first = rule.of[0]!;
      if (
        first.kind === 'evidence' &&
        rule.of.every((p) => p.kind === 'evidence' && p.from === first.from)
      ) {
        const wheres = rule.of.map((p) => (p as { where?: EvidenceFilter }).where ?? {});
        const { shared, rest } = factorFilters(wheres);
        const guard = filterExpression(src, 'i', shared, scales);
        const either = rest.map((w) => `(${filterExpression(src, 'i', w, scales)})`).join(' || ');
        const label =
          rule.label ??
          rule.of
            .map(
              (p) => p.label ?? describeFilter(first.from, (p as { where?: EvidenceFilter }).where),
            )
            .join(' or ');
        return evidenceSet(gen, 'union', first.from, `(${guard}) && (${either})`, label);
      }
      const parts = rule.of.map((r) => gen.set(r));
      const label = rule.label ?? parts.map((p) => p.label).join(' and ');
      const select = src.fn(
        'sel',
        `return merged([${parts.map((p) => `${p.select}()`).join(', ')}]);`,
      );
      const explain = src.fn(
        'xs',
        `${parts.map((p, n) => `const node${n} = ${p.explain}();\nconst items${n} = E.XI;`).join('\n')}
const items = merged([${parts.map((_, n) => `items${n}`).join(', ')}]);
E.XI = items;
return setNode('union', ${k(label)}, items, [${parts.map((_, n) => `node${n}`).join(', ')}], undefined, undefined, ${src.sentenceTable()});`,
      );
      return listSet(gen, label, select, explain);
    }
    case 'without': {
      const of = gen.set(rule.of);
      const remove = gen.set(rule.remove);
      const bySubject = rule.matchOn === 'subject' ? 'true' : 'false';
      const label = rule.label ?? `${of.label} not already in ${remove.label}`;
      const select = src.fn(
        'sel',
        `return without(${of.select}(), ${remove.select}(), ${bySubject});`,
      );
      const explain = src.fn(
        'xs',
        `const a = ${of.explain}();
const aItems = E.XI;
const b = ${remove.explain}();
const items = without(aItems, E.XI, ${bySubject});
E.XI = items;
return setNode('without', ${k(label)}, items, [a, b], undefined, undefined, ${src.sentenceTable()});`,
      );
      return listSet(gen, label, select, explain);
    }
    case 'set': {
      const key = `set:${rule.name}`;
      const target = gen.resolve<GeneratedSet>('set', rule.name);
      const memo = gen.memos(key);
      const label = rule.label ?? target.label;
      const select = src.fn(
        'sel',
        `return ${memo.value} !== undefined ? ${memo.value} : (${memo.value} = ${target.select}());`,
      );
      const explain = src.fn(
        'xs',
        `if (${memo.explained} === undefined) {
${memo.explained} = ${target.explain}();
${memo.items} = E.XI;
}
const items = ${memo.items};
const node = new Explanation('set', ${k(label)}, ${printedOnce(src, 'items.length', k(`${label}: `), "' counted'")});
node.name = ${k(key)};
node.items = ${memo.explained}.items ?? ids(items);
E.XI = items;
return node;`,
      );
      const set = listSet(gen, label, select, explain);
      set.explainItems = src.fn(
        'xsi',
        `if (${memo.explained} === undefined) {
${memo.explained} = ${target.explain}();
${memo.items} = E.XI;
}
E.XI = ${memo.items};
return ${memo.explained}.items ?? ids(${memo.items});`,
      );
      // A named filter's count and totals come from the pass like its own; no list is kept.
      if (target.accumulated) {
        set.count = target.count;
        set.total = target.total;
        set.accumulated = true;
      }
      set.refKey = key;
      return set;
    }
  }
}
