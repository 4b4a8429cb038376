import type {
  Decision,
  FailingCondition,
  FrameworkDefinition,
  GapToNextTier,
  LearnerRecord,
} from '@bacc/schema';
import { RuleCompiler } from './compile/compiler.ts';
import { EvaluationContext } from './compile/context.ts';
import type { CompiledFailingCondition, CompiledRules } from './compiled-framework.ts';
import { FrameworkInvalidError } from './errors.ts';
import { decideExplained } from './evaluate/decide-explained.ts';
import { decideFast } from './evaluate/decide-fast.ts';
import { gapToNextTier } from './gap.ts';
import { type GeneratedFramework, generateFramework } from './generate/generate-framework.ts';
import { indexGradeScales } from './grade-scales.ts';
import { hashFramework } from './hash.ts';
import { validateFramework } from './validate/validate-framework.ts';

export interface EvaluateOptions {
  /**
   * Explain the decision: every rule of every tier tried (from the top down to the one
   * awarded), the evidence that counted, and the gap to the next tier.
   */
  explain?: boolean;
}

/**
 * How a compiled framework evaluates. `generated`: its rules written as JavaScript with
 * `new Function` (the server's path, several times faster); `interpreted`: closures, for
 * pages whose Content-Security-Policy forbids eval. Both give identical decisions.
 */
export type EvaluationStrategy = 'generated' | 'interpreted';

export interface CompileOptions {
  /**
   * Default `generated`, which falls back to `interpreted` by itself where code generation
   * is forbidden. Pass `interpreted` in a browser to avoid the attempt (and the CSP report).
   */
  strategy?: EvaluationStrategy;
}

export interface CompiledFramework {
  readonly id: string;
  /** The strategy in use: `interpreted` when `generated` was asked for but eval is forbidden. */
  readonly strategy: EvaluationStrategy;
  readonly version: string;
  readonly hash: string;
  readonly definition: FrameworkDefinition;
  evaluate(record: LearnerRecord, options?: EvaluateOptions): Decision;
  gapToNextTier(record: LearnerRecord): GapToNextTier | null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Generated evaluators, or null where the platform forbids code generation. */
function tryGenerate(rules: CompiledRules, compiler: RuleCompiler): GeneratedFramework | null {
  try {
    return generateFramework(rules, compiler);
  } catch (error) {
    if (error instanceof EvalError) return null;
    throw error;
  }
}

/** Validate and compile a framework once; then evaluate any number of learners with it. */
export function compileFramework(
  input: FrameworkDefinition,
  options: CompileOptions = {},
): CompiledFramework {
  const validation = validateFramework(input);
  if (!validation.ok) throw new FrameworkInvalidError(validation.issues);
  // A compiled framework is a published version: freeze a private copy so it cannot drift.
  const definition = deepFreeze(structuredClone(validation.definition));
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
  const ctx = new EvaluationContext(rules.slots);
  ctx.slotKeys = compiler.slotKeys;
  ctx.slotIsSet = Uint8Array.from(ctx.slotKeys, (key) => (key.startsWith('set:') ? 1 : 0));

  const generated =
    (options.strategy ?? 'generated') === 'generated' ? tryGenerate(rules, compiler) : null;
  const evaluate: CompiledFramework['evaluate'] = generated
    ? (record, opts) => (opts?.explain ? generated.explained(record) : generated.fast(record))
    : (record, opts) =>
        opts?.explain ? decideExplained(rules, ctx, record) : decideFast(rules, ctx, record);

  return {
    id: definition.id,
    strategy: generated ? 'generated' : 'interpreted',
    version: definition.version,
    hash: rules.hash,
    definition,
    evaluate,
    gapToNextTier: (record) => gapToNextTier(evaluate(record, { explain: true })),
  };
}
