import type { CompareOp, ConditionRule, ExplanationNode } from '@bacc/schema';
import type { RuleCompiler } from './compiler.ts';
import type { EvaluationContext } from './context.ts';
import { conditionNode, Explanation } from './explanation.ts';
import { describeFilter } from './filter.ts';
import { internalized } from './internalized.ts';
import { type CompiledCondition, formatNumber } from './nodes.ts';

const opWords: Record<CompareOp, string> = {
  atLeast: 'at least',
  atMost: 'at most',
  moreThan: 'more than',
  lessThan: 'less than',
  exactly: 'exactly',
};

function comparer(op: CompareOp, limit: number): (v: number) => boolean {
  switch (op) {
    case 'atLeast':
      return (v) => v >= limit;
    case 'atMost':
      return (v) => v <= limit;
    case 'moreThan':
      return (v) => v > limit;
    case 'lessThan':
      return (v) => v < limit;
    case 'exactly':
      return (v) => v === limit;
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'not met');

function countMet(parts: CompiledCondition[], ctx: EvaluationContext): number {
  let met = 0;
  for (let p = 0; p < parts.length; p++) if (parts[p]!.test(ctx)) met++;
  return met;
}

/** all / any / atLeastOf share one shape: met when at least `needed` parts are met. */
function compileQuorum(
  kind: 'all' | 'any' | 'atLeastOf',
  parts: CompiledCondition[],
  needed: number,
  label: string,
  illustrative: string,
): CompiledCondition {
  const noun = kind === 'any' ? 'options' : 'parts';
  const need = kind === 'all' ? 'all needed' : kind === 'any' ? 'one needed' : `${needed} needed`;
  // Static words are joined once here; each evaluation only adds its numbers.
  const prefix = `${label}: `;
  const metSuffix = ` of ${parts.length} ${noun} met, ${need}${illustrative} (met)`;
  const unmetSuffix = ` of ${parts.length} ${noun} met, ${need}${illustrative} (not met)`;
  const test =
    kind === 'all'
      ? (ctx: EvaluationContext) => {
          for (let p = 0; p < parts.length; p++) if (!parts[p]!.test(ctx)) return false;
          return true;
        }
      : kind === 'any'
        ? (ctx: EvaluationContext) => {
            for (let p = 0; p < parts.length; p++) if (parts[p]!.test(ctx)) return true;
            return false;
          }
        : (ctx: EvaluationContext) => countMet(parts, ctx) >= needed;
  return {
    label,
    test,
    score: (ctx) => countMet(parts, ctx),
    threshold: () => needed,
    explain: (ctx) => {
      const children: ExplanationNode[] = new Array(parts.length);
      let met = 0;
      for (let p = 0; p < parts.length; p++) {
        const child = parts[p]!.explain(ctx);
        children[p] = child;
        if (child.met) met++;
      }
      const ok = met >= needed;
      const text = prefix + met + (ok ? metSuffix : unmetSuffix);
      return conditionNode(kind, label, text, ok, met, needed, children);
    },
  };
}

export function compileCondition(rule: ConditionRule, compiler: RuleCompiler): CompiledCondition {
  const illustrative = rule.illustrative ? ' [illustrative value]' : '';
  switch (rule.kind) {
    case 'compare': {
      const measure = compiler.measure(rule.measure);
      const { op, value: limit } = rule;
      const holds = comparer(op, limit);
      const label = rule.label ?? measure.label;
      const need = `needs ${opWords[op]} ${formatNumber(limit)}${illustrative}`;
      const prefix = `${label}: `;
      const metSuffix = `, ${need} (met)`;
      const unmetSuffix = `, ${need} (not met)`;
      return {
        label,
        test: (ctx) => holds(measure.value(ctx)),
        score: (ctx) => measure.value(ctx),
        threshold: () => limit,
        explain: (ctx) => {
          const m = measure.explain(ctx);
          const v = m.value ?? 0;
          const met = holds(v);
          const text = prefix + formatNumber(v) + (met ? metSuffix : unmetSuffix);
          const node = conditionNode('compare', label, text, met, v, limit, [m]);
          node.op = op;
          return node;
        },
      };
    }
    case 'all':
    case 'any':
    case 'atLeastOf': {
      const parts = rule.of.map((r) => compiler.condition(r));
      const needed = rule.kind === 'all' ? parts.length : rule.kind === 'any' ? 1 : rule.k;
      const joiner = rule.kind === 'all' ? ' and ' : ' or ';
      const label = rule.label ?? parts.map((p) => p.label).join(joiner);
      const kind = internalized(rule.kind) as typeof rule.kind;
      return compileQuorum(kind, parts, needed, label, illustrative);
    }
    case 'not': {
      const inner = compiler.condition(rule.rule);
      const label = rule.label ?? `not: ${inner.label}`;
      return {
        label,
        test: (ctx) => !inner.test(ctx),
        score: (ctx) => (inner.test(ctx) ? 0 : 1),
        threshold: () => 1,
        explain: (ctx) => {
          const child = inner.explain(ctx);
          const met = !child.met;
          const text = `${label}: ${met ? 'does not hold' : 'holds'} (${verdict(met)})`;
          return conditionNode('not', label, text, met, met ? 1 : 0, 1, [child]);
        },
      };
    }
    case 'every': {
      const of = compiler.set(rule.of);
      const matches = compiler.filter(rule.where);
      const allowEmpty = rule.allowEmpty ?? false;
      const words = describeFilter('items', rule.where).replace(/^items /, '');
      const label = rule.label ?? `every one of ${of.label} ${words}`;
      const matching = (ctx: EvaluationContext) => {
        let n = 0;
        for (const i of of.select(ctx)) if (matches(i)) n++;
        return n;
      };
      return {
        label,
        test: (ctx) => {
          const items = of.select(ctx);
          if (items.length === 0) return allowEmpty;
          for (let i = 0; i < items.length; i++) if (!matches(items[i]!)) return false;
          return true;
        },
        score: matching,
        threshold: (ctx) => of.select(ctx).length,
        explain: (ctx) => {
          const e = of.explain(ctx);
          const n = e.items.filter(matches).length;
          const met = e.items.length === 0 ? allowEmpty : n === e.items.length;
          const text = `${label}: ${n} of ${e.items.length} ${words}${illustrative} (${verdict(met)})`;
          return conditionNode('every', label, text, met, n, e.items.length, [e.node]);
        },
      };
    }
    case 'flag': {
      const flag = rule.flag;
      const label = rule.label ?? `recorded as ${flag.replaceAll('_', ' ')}`;
      const test = (ctx: EvaluationContext) => ctx.flags.includes(flag);
      return {
        label,
        test,
        score: (ctx) => (test(ctx) ? 1 : 0),
        threshold: () => 1,
        explain: (ctx) => {
          const met = test(ctx);
          return conditionNode(
            'flag',
            label,
            `${label}: ${met ? 'yes' : 'no'}`,
            met,
            met ? 1 : 0,
            1,
            undefined,
          );
        },
      };
    }
    case 'condition': {
      const name = rule.name;
      const key = internalized(`condition:${name}`);
      const metText = `${rule.label ?? compiler.resolve<CompiledCondition>('condition', name).compiled.label}: met`;
      const unmetText = metText.replace(/met$/, 'not met');
      const { slot, compiled } = compiler.resolve<CompiledCondition>('condition', name);
      const label = rule.label ?? compiled.label;
      const test = compiled.test;
      const explainTarget = compiled.explain;
      return {
        label,
        test: (ctx) => ctx.remembered(slot, test),
        score: compiled.score,
        threshold: compiled.threshold,
        explain: (ctx) => {
          const n = ctx.rememberedExplanation(slot, explainTarget);
          const met = n.met ?? false;
          const node = new Explanation('condition', label, met ? metText : unmetText);
          node.name = key;
          node.met = met;
          node.value = n.value;
          node.threshold = n.threshold;
          return node;
        },
      };
    }
  }
}
