import type { MeasureRule, SumField } from '@bacc/schema';
import { formatNumber } from '../compile/nodes.ts';
import type { EvidenceItem } from '../evidence-item.ts';
import { explainedOnce } from './counted.ts';
import type {
  FrameworkGenerator,
  GeneratedMeasure,
  GeneratedSet,
  ItemKeyCode,
} from './generator.ts';
import { printedOnce } from './sentences.ts';

const fieldWords: Record<SumField, string> = {
  points: 'points',
  size: 'size in A levels',
  hours: 'hours',
  glh: 'guided learning hours',
  tqt: 'total qualification time',
};

function fieldKey(
  gen: FrameworkGenerator,
  field: SumField,
  table: string | undefined,
): ItemKeyCode {
  if (field === 'points' && table !== undefined) {
    const lookup = gen.src.constant(gen.compiler.tablePoints(table));
    return { id: `table:${lookup}`, of: (v) => `${lookup}(${v})` };
  }
  return { id: field, of: (v) => `${v}.${field}` };
}

/** The body that makes a measure's node (compile/measures.ts `measured` / `measuredSet`). */
function measuredNode(
  gen: FrameworkGenerator,
  kind: string,
  label: string,
  children: string,
  detail = '',
): string {
  const k = (x: unknown) => gen.src.constant(x);
  const text = printedOnce(gen.src, 'v', k(`${label}: `), k(detail));
  return `return new Explanation(${k(kind)}, ${k(label)}, ${text}, undefined, v, undefined, ${children});`;
}

/** What a count or sum explains of its set: a named set's ids (its node is not shown), or the node. */
const setExplained = (of: GeneratedSet) =>
  of.refKey !== undefined && of.explainItems !== undefined ? of.explainItems : of.explain;

function measuredSet(
  gen: FrameworkGenerator,
  kind: string,
  label: string,
  of: GeneratedSet,
): string {
  if (of.refKey === undefined) return measuredNode(gen, kind, label, '[e]');
  const k = (x: unknown) => gen.src.constant(x);
  return `const node = new Explanation(${k(kind)}, ${k(label)}, ${printedOnce(gen.src, 'v', k(`${label}: `), "''")}, undefined, v);
node.name = ${k(of.refKey)};
node.items = ${of.explainItems !== undefined ? 'e' : 'e.items'};
return node;`;
}

export function generateMeasure(rule: MeasureRule, gen: FrameworkGenerator): GeneratedMeasure {
  const { src } = gen;
  const k = (x: unknown) => src.constant(x);
  switch (rule.kind) {
    case 'count': {
      const of = gen.set(rule.of);
      const label = rule.label ?? `number of ${of.label}`;
      return {
        label,
        value: src.fn('val', `return ${of.count()}();`),
        explain: src.fn(
          'xm',
          `const e = ${setExplained(of)}();\nCI[CN++] = E.XI;\nconst v = E.XI.length;\n${measuredSet(gen, 'count', label, of)}`,
        ),
      };
    }
    case 'sum': {
      const of = gen.set(rule.of);
      const key = fieldKey(gen, rule.field, rule.pointsTable);
      gen.sums(rule.field, rule.field === 'points' ? rule.pointsTable : undefined);
      const label = rule.label ?? `${fieldWords[rule.field]} of ${of.label}`;
      return {
        label,
        value: src.fn('val', `return ${of.total(key)}();`),
        explain: src.fn(
          'xm',
          `const e = ${setExplained(of)}();
const items = E.XI;
CI[CN++] = items;
let v = 0;
for (let n = 0; n < items.length; n++) v += ${key.of('items[n]')};
${measuredSet(gen, 'sum', label, of)}`,
        ),
      };
    }
    case 'countMet': {
      const parts = rule.of.map((r) => gen.condition(r));
      const label = rule.label ?? `number of ${parts.length} conditions met`;
      return {
        label,
        value: src.fn(
          'val',
          `let met = 0;\n${parts.map((p) => `if (${p.test}()) met++;`).join('\n')}\nreturn met;`,
        ),
        explain: src.fn(
          'xm',
          `${parts.map((p, n) => `const c${n} = ${p.explain}();`).join('\n')}
let v = 0;
${parts.map((_, n) => `if (c${n}.met) v++;`).join('\n')}
const children = [${parts.map((_, n) => `c${n}`).join(', ')}];
${measuredNode(gen, 'countMet', label, 'children', ` of ${parts.length}`)}`,
        ),
      };
    }
    case 'weighted': {
      const parts = rule.parts.map((p) => ({ weight: p.weight, measure: gen.measure(p.measure) }));
      const label =
        rule.label ?? `weighted total of ${parts.map((p) => p.measure.label).join(', ')}`;
      const weights = parts
        .map((p) => `${formatNumber(p.weight)} × ${p.measure.label}`)
        .join(' + ');
      return {
        label,
        value: src.fn(
          'val',
          `let sum = 0;\n${parts.map((p) => `sum += ${src.number(p.weight)} * ${p.measure.value}();`).join('\n')}\nreturn sum;`,
        ),
        explain: src.fn(
          'xm',
          `${parts.map((p, n) => `const c${n} = ${p.measure.explain}();`).join('\n')}
let v = 0;
${parts.map((p, n) => `v += ${src.number(p.weight)} * (c${n}.value ?? 0);`).join('\n')}
const children = [${parts.map((_, n) => `c${n}`).join(', ')}];
${measuredNode(gen, 'weighted', label, 'children', ` (${weights})`)}`,
        ),
      };
    }
    case 'lookup': {
      const table = gen.definition.lookupTables?.[rule.table];
      const values = table?.values ?? {};
      const row = gen.set(rule.row);
      const column = gen.set(rule.column);
      const label = rule.label ?? table?.label ?? rule.table;
      const read = k((r: EvidenceItem | undefined, c: EvidenceItem | undefined) =>
        r && c ? (values[r.grade]?.[c.grade] ?? 0) : 0,
      );
      return {
        label,
        value: src.fn(
          'val',
          `return ${read}(bestGrade(${row.select}()), bestGrade(${column.select}()));`,
        ),
        explain: src.fn(
          'xm',
          `const r = ${row.explain}();
CI[CN++] = E.XI;
const rg = bestGrade(E.XI);
const c = ${column.explain}();
CI[CN++] = E.XI;
const cg = bestGrade(E.XI);
const where = ${k(` (${row.label} `)} + (rg?.grade ?? 'missing') + ${k(`, ${column.label} `)} + (cg?.grade ?? 'missing') + ')';
const v = ${read}(rg, cg);
const node = new Explanation('lookup', ${k(label)}, ${k(`${label}: `)} + formatNumber(v) + where);
node.value = v;
node.children = [r, c];
return node;`,
        ),
      };
    }
    case 'total': {
      const parts = rule.of.map((m) => gen.measure(m));
      const label = rule.label ?? parts.map((p) => p.label).join(' plus ');
      return {
        label,
        value: src.fn(
          'val',
          `let sum = 0;\n${parts.map((p) => `sum += ${p.value}();`).join('\n')}\nreturn sum;`,
        ),
        explain: src.fn(
          'xm',
          `${parts.map((p, n) => `const c${n} = ${p.explain}();`).join('\n')}
let v = 0;
${parts.map((_, n) => `v += c${n}.value ?? 0;`).join('\n')}
const children = [${parts.map((_, n) => `c${n}`).join(', ')}];
${measuredNode(gen, 'total', label, 'children')}`,
        ),
      };
    }
    case 'measure': {
      const key = `measure:${rule.name}`;
      const target = gen.resolve<GeneratedMeasure>('measure', rule.name);
      const memo = gen.memos(key);
      const label = rule.label ?? target.label;
      return {
        label,
        value: src.fn(
          'val',
          `return ${memo.value} !== undefined ? ${memo.value} : (${memo.value} = ${target.value}());`,
        ),
        explain: src.fn(
          'xm',
          `${explainedOnce(memo.explained, memo.counted, target.explain)}
const target = ${memo.explained};
const v = target.value ?? 0;
const node = new Explanation('measure', ${k(label)}, ${printedOnce(src, 'v', k(`${label}: `), "''")});
node.name = ${k(key)};
node.value = v;
return node;`,
        ),
      };
    }
  }
}
