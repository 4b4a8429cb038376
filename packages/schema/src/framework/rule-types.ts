import type { EvidenceFilter, EvidenceSource } from './evidence-filter.ts';

/** Every rule node may carry a label (used in explanations) and be marked illustrative. */
interface RuleNodeBase {
  label?: string | undefined;
  /** True when the number here is illustrative: the published framework gives none. */
  illustrative?: boolean | undefined;
}

export type RankingField = 'points' | 'size' | 'hours' | 'glh';
export type SumField = 'points' | 'size' | 'hours' | 'glh' | 'tqt';

/** Rules that select evidence items. */
export type SetRule =
  | EvidenceSetRule
  | BestSetRule
  | CapSetRule
  | DiscountSetRule
  | UnionSetRule
  | WithoutSetRule
  | SetReference;

export interface EvidenceSetRule extends RuleNodeBase {
  kind: 'evidence';
  from: EvidenceSource;
  where?: EvidenceFilter | undefined;
}
export interface BestSetRule extends RuleNodeBase {
  kind: 'best';
  n: number;
  of: SetRule;
  by?: RankingField | undefined;
  pointsTable?: string | undefined;
}
export interface CapSetRule extends RuleNodeBase {
  kind: 'cap';
  of: SetRule;
  where: EvidenceFilter;
  max: number;
  by?: RankingField | undefined;
}
export interface DiscountSetRule extends RuleNodeBase {
  kind: 'discount';
  of: SetRule;
  by?: RankingField | undefined;
}
export interface UnionSetRule extends RuleNodeBase {
  kind: 'union';
  of: SetRule[];
}
export interface WithoutSetRule extends RuleNodeBase {
  kind: 'without';
  of: SetRule;
  remove: SetRule;
  matchOn: 'id' | 'subject';
}
export interface SetReference extends RuleNodeBase {
  kind: 'set';
  name: string;
}

/** Rules that measure a number. */
export type MeasureRule =
  | CountMeasure
  | SumMeasure
  | CountMetMeasure
  | WeightedMeasure
  | LookupMeasure
  | TotalMeasure
  | MeasureReference;

export interface CountMeasure extends RuleNodeBase {
  kind: 'count';
  of: SetRule;
}
export interface SumMeasure extends RuleNodeBase {
  kind: 'sum';
  of: SetRule;
  field: SumField;
  pointsTable?: string | undefined;
}
export interface CountMetMeasure extends RuleNodeBase {
  kind: 'countMet';
  of: ConditionRule[];
}
export interface WeightedMeasure extends RuleNodeBase {
  kind: 'weighted';
  parts: { weight: number; measure: MeasureRule }[];
}
export interface LookupMeasure extends RuleNodeBase {
  kind: 'lookup';
  table: string;
  row: SetRule;
  column: SetRule;
}
export interface TotalMeasure extends RuleNodeBase {
  kind: 'total';
  of: MeasureRule[];
}
export interface MeasureReference extends RuleNodeBase {
  kind: 'measure';
  name: string;
}

export type CompareOp = 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'exactly';

/** Rules that are met or not. */
export type ConditionRule =
  | CompareCondition
  | AllCondition
  | AnyCondition
  | AtLeastOfCondition
  | NotCondition
  | EveryCondition
  | FlagCondition
  | ConditionReference;

export interface CompareCondition extends RuleNodeBase {
  kind: 'compare';
  measure: MeasureRule;
  op: CompareOp;
  value: number;
}
export interface AllCondition extends RuleNodeBase {
  kind: 'all';
  of: ConditionRule[];
}
export interface AnyCondition extends RuleNodeBase {
  kind: 'any';
  of: ConditionRule[];
}
export interface AtLeastOfCondition extends RuleNodeBase {
  kind: 'atLeastOf';
  k: number;
  of: ConditionRule[];
}
export interface NotCondition extends RuleNodeBase {
  kind: 'not';
  rule: ConditionRule;
}
/** Every item of a set matches a filter (and, unless allowEmpty, the set has an item). */
export interface EveryCondition extends RuleNodeBase {
  kind: 'every';
  of: SetRule;
  where: EvidenceFilter;
  allowEmpty?: boolean | undefined;
}
export interface FlagCondition extends RuleNodeBase {
  kind: 'flag';
  flag: string;
}
export interface ConditionReference extends RuleNodeBase {
  kind: 'condition';
  name: string;
}
