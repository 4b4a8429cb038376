import type { ExplanationNode, LearnerRecord } from '@bacc/schema';
import {
  type EvidenceItem,
  type EvidenceNeeds,
  EvidenceReader,
  type LearnerEvidence,
} from '../evidence-item.ts';
import type { GradeScaleIndex } from '../grade-scales.ts';

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
  /** Each slot's key in a decision's `named` ("set:a_level_passes"); set by the compiler. */
  slotKeys: string[] = [];
  /** 1 where the slot holds a named set. */
  slotIsSet: Uint8Array = new Uint8Array(0);

  /** Reads each learner's record, reusing its evidence items. */
  readonly reader: EvidenceReader;

  constructor(slots: number, scales: GradeScaleIndex, needs: EvidenceNeeds) {
    this.reader = new EvidenceReader(scales, needs);
    this.valueEpoch = new Int32Array(slots).fill(-1);
    this.values = new Array(slots).fill(undefined);
    this.explainEpoch = new Int32Array(slots).fill(-1);
    this.explained = new Array(slots).fill(undefined);
  }

  load(record: LearnerRecord, evidence: LearnerEvidence): void {
    this.epoch = (this.epoch + 1) | 0;
    this.results = evidence.results;
    this.projects = evidence.projects;
    this.activities = evidence.activities;
    this.flags = record.flags ?? [];
  }

  /** The named rules explained in this evaluation, in slot order (so always the same order). */
  namedExplanations(): Record<string, ExplanationNode> {
    const named: Record<string, ExplanationNode> = {};
    for (let slot = 0; slot < this.slotKeys.length; slot++) {
      if (this.explainEpoch[slot] !== this.epoch) continue;
      const value = this.explained[slot] as ExplanationNode | { node: ExplanationNode };
      // A set's explanation is { items, node }; a measure's or condition's is the node.
      named[this.slotKeys[slot]!] =
        this.slotIsSet[slot] === 1
          ? (value as { node: ExplanationNode }).node
          : (value as ExplanationNode);
    }
    return named;
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
