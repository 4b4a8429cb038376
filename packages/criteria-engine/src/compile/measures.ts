import type { ExplanationNode, MeasureRule, SumField } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { RuleCompiler } from './compiler.ts';
import { Explanation } from './explanation.ts';
import { internalized } from './internalized.ts';
import {
  type CompiledMeasure,
  type CompiledSet,
  formatNumber,
  type SetExplanation,
} from './nodes.ts';
import type { ItemKey } from './ranking.ts';
import { bestGrade } from './set-ops.ts';

const fieldWords: Record<SumField, string> = {
  points: 'points',
  size: 'size in A levels',
  hours: 'hours',
  glh: 'guided learning hours',
  tqt: 'total qualification time',
};

function fieldKey(field: SumField, tablePoints: ItemKey | undefined): ItemKey {
  switch (field) {
    case 'points':
      return tablePoints ?? ((i) => i.points);
    case 'size':
      return (i) => i.size;
    case 'hours':
      return (i) => i.hours;
    case 'glh':
      return (i) => i.glh;
    case 'tqt':
      return (i) => i.tqt;
  }
}

/** A count or sum of a named set carries the set's key and items itself: one node, not two. */
function measuredSet(
  kind: string,
  label: string,
  value: number,
  of: CompiledSet,
  e: SetExplanation,
  detail = '',
): ExplanationNode {
  if (of.refKey === undefined) return measured(kind, label, value, [e.node], detail);
  const node = new Explanation(kind, label, `${label}: ${formatNumber(value)}${detail}`);
  node.value = value;
  node.name = of.refKey;
  node.items = e.node.items;
  return node;
}

const measured = (
  kind: string,
  label: string,
  value: number,
  children: ExplanationNode[],
  detail = '',
): ExplanationNode => {
  const node = new Explanation(kind, label, `${label}: ${formatNumber(value)}${detail}`);
  node.value = value;
  node.children = children;
  return node;
};

export function compileMeasure(rule: MeasureRule, compiler: RuleCompiler): CompiledMeasure {
  switch (rule.kind) {
    case 'count': {
      const of = compiler.set(rule.of);
      const label = rule.label ?? `number of ${of.label}`;
      return {
        label,
        value: (ctx) => of.count(ctx),
        explain: (ctx) => {
          const e = of.explain(ctx);
          return measuredSet('count', label, e.items.length, of, e);
        },
      };
    }
    case 'sum': {
      const of = compiler.set(rule.of);
      if (rule.field === 'tqt') compiler.needs.tqt = true;
      const key = fieldKey(rule.field, compiler.tablePoints(rule.pointsTable));
      const label = rule.label ?? `${fieldWords[rule.field]} of ${of.label}`;
      const total = (items: EvidenceItem[]) => {
        let sum = 0;
        for (let i = 0; i < items.length; i++) sum += key(items[i]!);
        return sum;
      };
      return {
        label,
        value: (ctx) => of.total(ctx, key),
        explain: (ctx) => {
          const e = of.explain(ctx);
          return measuredSet('sum', label, total(e.items), of, e);
        },
      };
    }
    case 'countMet': {
      const parts = rule.of.map((r) => compiler.condition(r));
      const label = rule.label ?? `number of ${parts.length} conditions met`;
      return {
        label,
        value: (ctx) => {
          let met = 0;
          for (let p = 0; p < parts.length; p++) if (parts[p]!.test(ctx)) met++;
          return met;
        },
        explain: (ctx) => {
          const children: ExplanationNode[] = new Array(parts.length);
          let met = 0;
          for (let p = 0; p < parts.length; p++) {
            children[p] = parts[p]!.explain(ctx);
            if (children[p]!.met) met++;
          }
          return measured('countMet', label, met, children, ` of ${parts.length}`);
        },
      };
    }
    case 'weighted': {
      const parts = rule.parts.map((p) => ({
        weight: p.weight,
        measure: compiler.measure(p.measure),
      }));
      const label =
        rule.label ?? `weighted total of ${parts.map((p) => p.measure.label).join(', ')}`;
      const weights = parts
        .map((p) => `${formatNumber(p.weight)} × ${p.measure.label}`)
        .join(' + ');
      return {
        label,
        value: (ctx) => {
          let sum = 0;
          for (let p = 0; p < parts.length; p++)
            sum += parts[p]!.weight * parts[p]!.measure.value(ctx);
          return sum;
        },
        explain: (ctx) => {
          const children: ExplanationNode[] = new Array(parts.length);
          let sum = 0;
          for (let p = 0; p < parts.length; p++) {
            children[p] = parts[p]!.measure.explain(ctx);
            sum += parts[p]!.weight * (children[p]!.value ?? 0);
          }
          return measured('weighted', label, sum, children, ` (${weights})`);
        },
      };
    }
    case 'lookup': {
      const table = compiler.definition.lookupTables?.[rule.table];
      const values = table?.values ?? {};
      const row = compiler.set(rule.row);
      const column = compiler.set(rule.column);
      const label = rule.label ?? table?.label ?? rule.table;
      const read = (r: EvidenceItem | undefined, c: EvidenceItem | undefined) =>
        r && c ? (values[r.grade]?.[c.grade] ?? 0) : 0;
      return {
        label,
        value: (ctx) => read(bestGrade(row.select(ctx)), bestGrade(column.select(ctx))),
        explain: (ctx) => {
          const r = row.explain(ctx);
          const c = column.explain(ctx);
          const rg = bestGrade(r.items);
          const cg = bestGrade(c.items);
          const where = ` (${row.label} ${rg?.grade ?? 'missing'}, ${column.label} ${cg?.grade ?? 'missing'})`;
          return measured('lookup', label, read(rg, cg), [r.node, c.node], where);
        },
      };
    }
    case 'total': {
      const parts = rule.of.map((m) => compiler.measure(m));
      const label = rule.label ?? parts.map((p) => p.label).join(' plus ');
      return {
        label,
        value: (ctx) => {
          let sum = 0;
          for (let p = 0; p < parts.length; p++) sum += parts[p]!.value(ctx);
          return sum;
        },
        explain: (ctx) => {
          const children: ExplanationNode[] = new Array(parts.length);
          let sum = 0;
          for (let p = 0; p < parts.length; p++) {
            children[p] = parts[p]!.explain(ctx);
            sum += children[p]!.value ?? 0;
          }
          return measured('total', label, sum, children);
        },
      };
    }
    case 'measure': {
      const name = rule.name;
      const key = internalized(`measure:${name}`);
      const { slot, compiled } = compiler.resolve<CompiledMeasure>('measure', name);
      const label = rule.label ?? compiled.label;
      const value = compiled.value;
      const explainTarget = compiled.explain;
      return {
        label,
        value: (ctx) => ctx.remembered(slot, value),
        explain: (ctx) => {
          const v = ctx.rememberedExplanation(slot, explainTarget).value ?? 0;
          const node = new Explanation('measure', label, `${label}: ${formatNumber(v)}`);
          node.name = key;
          node.value = v;
          return node;
        },
      };
    }
  }
}
