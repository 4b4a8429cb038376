import type { ExplanationNode } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';
import type { EvaluationContext } from './context.ts';

export interface SetExplanation {
  items: EvidenceItem[];
  node: ExplanationNode;
}

export interface CompiledSet {
  /** Plain words for the set, e.g. "A level passes". */
  label: string;
  /** For a reference to a named set: its key in the explanation's `named`. */
  refKey?: string;
  select(ctx: EvaluationContext): EvidenceItem[];
  /** How many items; the same as select(ctx).length, without building the list where possible. */
  count(ctx: EvaluationContext): number;
  /** The sum of key over the items, likewise. */
  total(ctx: EvaluationContext, key: (item: EvidenceItem) => number): number;
  explain(ctx: EvaluationContext): SetExplanation;
}

export interface CompiledMeasure {
  label: string;
  value(ctx: EvaluationContext): number;
  /** The explanation's `value` is always the number `value(ctx)` returns. */
  explain(ctx: EvaluationContext): ExplanationNode;
}

export interface CompiledCondition {
  label: string;
  test(ctx: EvaluationContext): boolean;
  /** The measured value reported for a requirement (see RequirementOutcome). */
  score(ctx: EvaluationContext): number;
  threshold(ctx: EvaluationContext): number;
  /** Evaluates every part (no short cut), so the explanation is complete. */
  explain(ctx: EvaluationContext): ExplanationNode;
}

/** The small whole numbers explanations print most (counts, hours, points), printed once. */
const printedWholeNumbers: string[] = Array.from({ length: 1024 }, (_, n) => String(n));

/** Numbers as a person writes them: 12, 12.5, 0.33. */
export function formatNumber(n: number): string {
  if (n >= 0 && n < 1024 && (n | 0) === n) return printedWholeNumbers[n]!;
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
