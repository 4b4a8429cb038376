import type { ExplanationNode, LearnerRecord } from '@bacc/schema';
import type { EvidenceItem, LearnerEvidence } from '../evidence-item.ts';

/**
 * The state of one evaluation. A compiled framework keeps one and reuses it, so named
 * rules are memoised per evaluation by an epoch stamp instead of a fresh map each time.
 */
export class EvaluationContext {
  results: EvidenceItem[] = [];
  projects: EvidenceItem[] = [];
  activities: EvidenceItem[] = [];
  flags: readonly string[] = [];
  epoch = 0;
  private readonly valueEpoch: Int32Array;
  private readonly values: unknown[];
  private readonly explainEpoch: Int32Array;
  private readonly explained: unknown[];
  named: Record<string, ExplanationNode> = {};

  constructor(slots: number) {
    this.valueEpoch = new Int32Array(slots).fill(-1);
    this.values = new Array(slots).fill(undefined);
    this.explainEpoch = new Int32Array(slots).fill(-1);
    this.explained = new Array(slots).fill(undefined);
  }

  load(record: LearnerRecord, evidence: LearnerEvidence, explain: boolean): void {
    this.epoch = (this.epoch + 1) | 0;
    this.results = evidence.results;
    this.projects = evidence.projects;
    this.activities = evidence.activities;
    this.flags = record.flags ?? [];
    if (explain) this.named = {};
  }

  remembered<T>(slot: number, compute: (ctx: EvaluationContext) => T): T {
    if (this.valueEpoch[slot] === this.epoch) return this.values[slot] as T;
    const value = compute(this);
    this.values[slot] = value;
    this.valueEpoch[slot] = this.epoch;
    return value;
  }

  rememberedExplanation<T>(slot: number, compute: (ctx: EvaluationContext) => T): T {
    if (this.explainEpoch[slot] === this.epoch) return this.explained[slot] as T;
    const value = compute(this);
    this.explained[slot] = value;
    this.explainEpoch[slot] = this.epoch;
    return value;
  }
}
