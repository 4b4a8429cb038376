import type { CompareOp, ConditionRule } from '@bacc/schema';
import { describeFilter } from '../compile/filter.ts';
import { formatNumber } from '../compile/nodes.ts';
import { countedIfMet, explainedOnce } from './counted.ts';
import { filterExpression } from './filter.ts';
import type { FrameworkGenerator, GeneratedCondition } from './generator.ts';
import { printedOnce } from './sentences.ts';

const opWords: Record<CompareOp, string> = {
  atLeast: 'at least',
  atMost: 'at most',
  moreThan: 'more than',
  lessThan: 'less than',
  exactly: 'exactly',
};
const opCode: Record<CompareOp, string> = {
  atLeast: '>=',
  atMost: '<=',
  moreThan: '>',
  lessThan: '<',
  exactly: '===',
};

/** all / any / atLeastOf: met when at least `needed` parts are met (compile/conditions.ts). */
function generateQuorum(
  gen: FrameworkGenerator,
  kind: 'all' | 'any' | 'atLeastOf',
  parts: GeneratedCondition[],
  needed: number,
  label: string,
  illustrative: string,
): GeneratedCondition {
  const { src } = gen;
  const k = (x: unknown) => src.constant(x);
  const noun = kind === 'any' ? 'options' : 'parts';
  const need = kind === 'all' ? 'all needed' : kind === 'any' ? 'one needed' : `${needed} needed`;
  const metSuffix = ` of ${parts.length} ${noun} met, ${need}${illustrative} (met)`;
  const unmetSuffix = ` of ${parts.length} ${noun} met, ${need}${illustrative} (not met)`;
  const score = src.fn(
    'sc',
    `let met = 0;\n${parts.map((p) => `if (${p.test}()) met++;`).join('\n')}\nreturn met;`,
  );
  const test =
    kind === 'all'
      ? src.fn(
          't',
          `${parts.map((p) => `if (!${p.test}()) return false;`).join('\n')}\nreturn true;`,
        )
      : kind === 'any'
        ? src.fn(
            't',
            `${parts.map((p) => `if (${p.test}()) return true;`).join('\n')}\nreturn false;`,
          )
        : src.fn('t', `return ${score}() >= ${src.number(needed)};`);
  const explain = src.fn(
    'xc',
    `${parts.map((p, n) => (kind === 'all' ? `const c${n} = ${p.explain}();` : countedIfMet(`c${n}`, p.explain))).join('\n')}
let met = 0;
${parts.map((_, n) => `if (c${n}.met) met++;`).join('\n')}
const children = [${parts.map((_, n) => `c${n}`).join(', ')}];
const ok = met >= ${src.number(needed)};
return new Explanation(${k(kind)}, ${k(label)}, ${printedOnce(src, 'met', k(`${label}: `), `ok ? ${k(metSuffix)} : ${k(unmetSuffix)}`, 'ok')}, ok, met, ${src.number(needed)}, children);`,
  );
  return {
    label,
    test,
    score,
    threshold: src.fn('th', `return ${src.number(needed)};`),
    explain,
    textByValue: true,
  };
}

export function generateCondition(
  rule: ConditionRule,
  gen: FrameworkGenerator,
): GeneratedCondition {
  const { src, scales } = gen;
  const k = (x: unknown) => src.constant(x);
  const illustrative = rule.illustrative ? ' [illustrative value]' : '';
  switch (rule.kind) {
    case 'compare': {
      const measure = gen.measure(rule.measure);
      const limit = src.number(rule.value);
      const holds = (v: string) => `${v} ${opCode[rule.op]} ${limit}`;
      const label = rule.label ?? measure.label;
      const need = `needs ${opWords[rule.op]} ${formatNumber(rule.value)}${illustrative}`;
      return {
        label,
        test: src.fn('t', `return ${holds(`${measure.value}()`)};`),
        score: src.fn('sc', `return ${measure.value}();`),
        threshold: src.fn('th', `return ${limit};`),
        explain: src.fn(
          'xc',
          `const m = ${measure.explain}();
const v = m.value ?? 0;
const met = ${holds('v')};
const node = new Explanation('compare', ${k(label)}, ${printedOnce(src, 'v', k(`${label}: `), `met ? ${k(`, ${need} (met)`)} : ${k(`, ${need} (not met)`)}`, 'met')}, met, v, ${limit}, [m]);
node.op = ${k(rule.op)};
return node;`,
        ),
        textByValue: true,
      };
    }
    case 'all':
    case 'any':
    case 'atLeastOf': {
      const parts = rule.of.map((r) => gen.condition(r));
      const needed = rule.kind === 'all' ? parts.length : rule.kind === 'any' ? 1 : rule.k;
      const joiner = rule.kind === 'all' ? ' and ' : ' or ';
      const label = rule.label ?? parts.map((p) => p.label).join(joiner);
      return generateQuorum(gen, rule.kind, parts, needed, label, illustrative);
    }
    case 'not': {
      const inner = gen.condition(rule.rule);
      const label = rule.label ?? `not: ${inner.label}`;
      return {
        label,
        test: src.fn('t', `return !${inner.test}();`),
        score: src.fn('sc', `return ${inner.test}() ? 0 : 1;`),
        threshold: src.fn('th', 'return 1;'),
        explain: src.fn(
          'xc',
          `const before = CN;
const child = ${inner.explain}();
CN = before;
const met = !child.met;
return new Explanation('not', ${k(label)}, met ? ${k(`${label}: does not hold (met)`)} : ${k(`${label}: holds (not met)`)}, met, met ? 1 : 0, 1, [child]);`,
        ),
        textByValue: true,
      };
    }
    case 'every': {
      const of = gen.set(rule.of);
      const matches = filterExpression(src, 'i', rule.where, scales);
      const allowEmpty = rule.allowEmpty ? 'true' : 'false';
      const words = describeFilter('items', rule.where).replace(/^items /, '');
      const label = rule.label ?? `every one of ${of.label} ${words}`;
      const matching = (items: string) =>
        `let c = 0;\nfor (let n = 0; n < ${items}.length; n++) {\nconst i = ${items}[n];\nif (${matches}) c++;\n}`;
      return {
        label,
        test: src.fn(
          't',
          `const items = ${of.select}();
if (items.length === 0) return ${allowEmpty};
for (let n = 0; n < items.length; n++) {
const i = items[n];
if (!(${matches})) return false;
}
return true;`,
        ),
        score: src.fn('sc', `const items = ${of.select}();\n${matching('items')}\nreturn c;`),
        threshold: src.fn('th', `return ${of.select}().length;`),
        explain: src.fn(
          'xc',
          `const e = ${of.explain}();
const items = E.XI;
CI[CN++] = items;
${matching('items')}
const met = items.length === 0 ? ${allowEmpty} : c === items.length;
return new Explanation('every', ${k(label)}, ${k(`${label}: `)} + c + ' of ' + items.length + ${k(` ${words}${illustrative}`)} + (met ? ' (met)' : ' (not met)'), met, c, items.length, [e]);`,
        ),
      };
    }
    case 'flag': {
      const label = rule.label ?? `recorded as ${rule.flag.replaceAll('_', ' ')}`;
      const test = src.fn('t', `return F.includes(${k(rule.flag)});`);
      return {
        label,
        test,
        score: src.fn('sc', `return ${test}() ? 1 : 0;`),
        threshold: src.fn('th', 'return 1;'),
        explain: src.fn(
          'xc',
          `const met = ${test}();
return new Explanation('flag', ${k(label)}, met ? ${k(`${label}: yes`)} : ${k(`${label}: no`)}, met, met ? 1 : 0, 1, undefined);`,
        ),
        textByValue: true,
      };
    }
    case 'condition': {
      const key = `condition:${rule.name}`;
      const target = gen.resolve<GeneratedCondition>('condition', rule.name);
      const memo = gen.memos(key);
      const label = rule.label ?? target.label;
      const metText = `${label}: met`;
      const unmetText = metText.replace(/met$/, 'not met');
      return {
        label,
        test: src.fn(
          't',
          `return ${memo.value} !== undefined ? ${memo.value} : (${memo.value} = ${target.test}());`,
        ),
        score: target.score,
        threshold: target.threshold,
        explain: src.fn(
          'xc',
          `${explainedOnce(memo.explained, memo.counted, target.explain)}
const n = ${memo.explained};
const met = n.met ?? false;
const node = new Explanation('condition', ${k(label)}, met ? ${k(metText)} : ${k(unmetText)});
node.name = ${k(key)};
node.met = met;
node.value = n.value;
node.threshold = n.threshold;
return node;`,
        ),
        textByValue: true,
      };
    }
  }
}
