import type { CompareOp } from './rule-types.ts';

/** One node of a decision's explanation: what a rule measured, in plain English. */
export interface ExplanationNode {
  kind: string;
  text: string;
  label?: string;
  met?: boolean;
  value?: number;
  threshold?: number;
  op?: CompareOp;
  /** Evidence item ids that counted in a set, best first where ranked. */
  items?: string[];
  /** Evidence items left out of a set (discounted or over a cap), with why. */
  dropped?: DroppedEvidence[];
  /** For a reference to a named set, measure or condition: its key in `named`, e.g. "set:a_level_passes". */
  name?: string;
  children?: ExplanationNode[];
}

export interface DroppedEvidence {
  id: string;
  why: 'discounted' | 'capped' | 'not_best';
  reason: string;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface RequirementOutcome {
  component: string;
  componentName: string;
  met: boolean;
  /** The measured value: a compare's measure, or how many parts of an all/any were met. */
  value: number;
  threshold: number;
  text?: string;
  explanation?: ExplanationNode;
}

export interface FailingOutcome {
  code: string;
  description: string;
}

export interface TierOutcome {
  id: string;
  name: string;
  met: boolean;
  requirements: RequirementOutcome[];
  failing: FailingOutcome[];
}

export interface GapNeed {
  component: string;
  componentName: string;
  text: string;
  have?: number;
  need?: number;
}

export interface GapToNextTier {
  tier: NamedRef;
  needs: GapNeed[];
}

/** A decision: plain JSON, stored by the server as is. */
export interface Decision {
  frameworkId: string;
  frameworkVersion: string;
  frameworkHash: string;
  learnerId: string;
  tier: NamedRef | null;
  pathway: NamedRef | null;
  awardGrade: NamedRef | null;
  score: { label: string; value: number } | null;
  /** Requirements of the tier awarded, or of the lowest tier when none is. */
  requirements: RequirementOutcome[];
  /** Failing conditions that held, for any tier tried. */
  failing: FailingOutcome[];
  /** Present when evaluated with `explain: true`. */
  explanation?: DecisionExplanation;
}

export interface DecisionExplanation {
  summary: string;
  /** Tiers tried from the top down to the one awarded (or all when none is). */
  tiers: TierOutcome[];
  pathway?: ExplanationNode;
  awardGrade?: ExplanationNode;
  score?: ExplanationNode;
  /** Explanations of named sets, measures and conditions, referenced by name. */
  named: Record<string, ExplanationNode>;
  evidence: {
    counted: string[];
    dropped: DroppedEvidence[];
  };
  gap: GapToNextTier | null;
}
