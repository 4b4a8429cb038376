import type { FailingCondition, FrameworkDefinition } from '@bacc/schema';
import type { CompiledFailingCondition, CompiledRules } from '../compiled-framework.ts';
import { indexGradeScales } from '../grade-scales.ts';
import { hashFramework } from '../hash.ts';
import { RuleCompiler } from './compiler.ts';

/**
 * A valid, frozen definition's rules as closures (the interpreter), with the compiler that
 * made them: its slot order and lookups are what generated code follows too.
 */
export function compileRules(definition: FrameworkDefinition): {
  rules: CompiledRules;
  compiler: RuleCompiler;
} {
  const scales = indexGradeScales(definition);
  const compiler = new RuleCompiler(definition, scales);
  const componentNames = new Map(definition.components.map((c) => [c.id, c.name]));
  const failing = (list: FailingCondition[] | undefined): CompiledFailingCondition[] =>
    (list ?? []).map((f) => ({
      code: f.code,
      description: f.description,
      when: compiler.condition(f.when),
    }));
  const ref = (x: { id: string; name: string }) => Object.freeze({ id: x.id, name: x.name });

  const rules: CompiledRules = {
    definition,
    hash: hashFramework(definition),
    scales,
    needs: compiler.needs,
    slots: 0,
    pathways: (definition.pathways ?? []).map((p) => ({
      ref: ref(p),
      when: p.when ? compiler.condition(p.when) : null,
    })),
    tiers: definition.tiers.map((t) => ({
      ref: ref(t),
      requirements: t.requirements.map((r) => ({
        component: r.component,
        componentName: componentNames.get(r.component) ?? r.component,
        pathways: r.pathways ? new Set(r.pathways) : null,
        rule: compiler.condition(r.rule),
      })),
      failing: failing(t.failingConditions),
      awardGrades: (t.awardGrades ?? []).map((g) => ({
        ref: ref(g),
        when: g.when ? compiler.condition(g.when) : null,
      })),
    })),
    failing: failing(definition.failingConditions),
    score: definition.score
      ? { label: definition.score.label, measure: compiler.measure(definition.score.measure) }
      : null,
  };
  rules.slots = compiler.slotCount;
  rules.needs = { ...compiler.needs };
  return { rules, compiler };
}
