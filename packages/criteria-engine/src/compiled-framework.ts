import type { FrameworkDefinition, NamedRef } from '@bacc/schema';
import type { CompiledCondition, CompiledMeasure } from './compile/nodes.ts';
import type { EvidenceNeeds } from './evidence-item.ts';
import type { GradeScaleIndex } from './grade-scales.ts';

export interface CompiledRequirement {
  component: string;
  componentName: string;
  /** Null when every pathway must meet it. */
  pathways: ReadonlySet<string> | null;
  rule: CompiledCondition;
}

export interface CompiledFailingCondition {
  code: string;
  description: string;
  when: CompiledCondition;
}

export interface CompiledAwardGrade {
  ref: NamedRef;
  when: CompiledCondition | null;
}

export interface CompiledTier {
  ref: NamedRef;
  requirements: CompiledRequirement[];
  failing: CompiledFailingCondition[];
  awardGrades: CompiledAwardGrade[];
}

export interface CompiledPathway {
  ref: NamedRef;
  when: CompiledCondition | null;
}

/** Everything evaluation needs, resolved once at compile time. */
export interface CompiledRules {
  definition: FrameworkDefinition;
  hash: string;
  scales: GradeScaleIndex;
  /** The optional record fields the rules read. */
  needs: EvidenceNeeds;
  slots: number;
  pathways: CompiledPathway[];
  tiers: CompiledTier[];
  failing: CompiledFailingCondition[];
  score: { label: string; measure: CompiledMeasure } | null;
}
