export {
  type CompiledFramework,
  type CompileOptions,
  compileFramework,
  type EvaluateOptions,
  type EvaluationStrategy,
} from './compile-framework.ts';
export { diffFrameworks, type FrameworkChange } from './diff.ts';
export { FrameworkInvalidError } from './errors.ts';
export {
  aqaBacc,
  frameworkFixtures,
  ibDiploma,
  modBac,
  nationalBaccalaureate,
  welshBacc,
} from './fixtures/index.ts';
export { gapToNextTier } from './gap.ts';
export { canonicalJson, hashFramework } from './hash.ts';
export type { FrameworkIssue } from './validate/issues.ts';
export { type FrameworkValidation, validateFramework } from './validate/validate-framework.ts';
