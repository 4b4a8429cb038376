import type { Decision, LearnerRecord } from '@bacc/schema';
import type { RuleCompiler } from '../compile/compiler.ts';
import type { CompiledRules } from '../compiled-framework.ts';
import { countedState } from './counted.ts';
import { generateDecide } from './decide.ts';
import { FrameworkGenerator } from './generator.ts';
import { runtime } from './runtime.ts';
import { Source } from './source.ts';

export interface GeneratedFramework {
  fast(record: LearnerRecord): Decision;
  explained(record: LearnerRecord): Decision;
  /** The generated JavaScript, for reading and debugging. */
  source: string;
}

/** The framework's JavaScript, before it is turned into a function. */
export function frameworkSource(
  rules: CompiledRules,
  compiler: RuleCompiler,
): { source: string; constants: unknown[] } {
  const src = new Source();
  const gen = new FrameworkGenerator(src, rules.definition, rules.scales, compiler);
  const tail = generateDecide(gen, rules, compiler.slotKeys);
  const scales = src.constant(rules.scales);
  const helpers = `'use strict';\nconst { ${Object.keys(runtime).join(', ')} } = H;\nlet R, P, A, F;\n${countedState}\n`;
  const body = src.text(`const scales = ${scales};\n${tail}`);
  return { source: `${helpers}${body}`, constants: src.constants };
}

/**
 * Compile a framework's rules into straight-line JavaScript with `new Function`: every
 * filter inlined into its loop, every rule a function called from one place. Throws the
 * platform's EvalError where code generation is forbidden (a Content-Security-Policy
 * without 'unsafe-eval'); compileFramework then keeps the closures.
 */
export function generateFramework(
  rules: CompiledRules,
  compiler: RuleCompiler,
): GeneratedFramework {
  const { source, constants } = frameworkSource(rules, compiler);
  const factory = new Function('K', 'H', source) as (
    K: unknown[],
    H: typeof runtime,
  ) => Pick<GeneratedFramework, 'fast' | 'explained'>;
  return { ...factory(constants, runtime), source };
}
