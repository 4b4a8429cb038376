import type { Decision, FrameworkDefinition, GapToNextTier, LearnerRecord } from '@bacc/schema';
import { compileRules } from './compile/compile-rules.ts';
import type { RuleCompiler } from './compile/compiler.ts';
import { EvaluationContext } from './compile/context.ts';
import type { CompiledRules } from './compiled-framework.ts';
import { FrameworkInvalidError } from './errors.ts';
import { decideExplained } from './evaluate/decide-explained.ts';
import { decideFast } from './evaluate/decide-fast.ts';
import { gapToNextTier } from './gap.ts';
import { type GeneratedFramework, generateFramework } from './generate/generate-framework.ts';
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
  const { rules, compiler } = compileRules(definition);
  const ctx = new EvaluationContext(rules.slots, rules.scales, rules.needs);
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
