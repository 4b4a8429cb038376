import type { ConditionRule, FrameworkDefinition, MeasureRule, SetRule } from '@bacc/schema';
import type { RuleCompiler } from '../compile/compiler.ts';
import type { GradeScaleIndex } from '../grade-scales.ts';
import { generateCondition } from './conditions.ts';
import { generateMeasure } from './measures.ts';
import { generateSet } from './sets.ts';
import type { Source } from './source.ts';

/** An item's number as code over the item variable, e.g. `i.hours`. */
export interface ItemKeyCode {
  /** Same id, same code: totals by one key are generated once per set. */
  id: string;
  of(v: string): string;
}

/** Each is the name of a generated function of no arguments. */
export interface GeneratedSet {
  label: string;
  refKey?: string;
  /** EvidenceItem[] */
  select: string;
  /** number of items */
  count: string;
  /** sum of the key over the items */
  total(key: ItemKeyCode): string;
  /** the set's node; its items are left in `XI` for the caller to read at once */
  explain: string;
}

export interface GeneratedMeasure {
  label: string;
  value: string;
  explain: string;
}

export interface GeneratedCondition {
  label: string;
  test: string;
  score: string;
  threshold: string;
  explain: string;
}

type Namespace = 'set' | 'measure' | 'condition';

/**
 * Writes a framework's rules as JavaScript functions, one per rule node and use (select,
 * count, explain...), mirroring the closures of compile/ node for node. Named rules are
 * generated once and memoised per evaluation in variables, in the interpreter's slot order.
 */
export class FrameworkGenerator {
  private readonly named = new Map<string, unknown>();
  private readonly memoNames = new Map<
    string,
    { value: string; explained: string; items: string }
  >();

  constructor(
    readonly src: Source,
    readonly definition: FrameworkDefinition,
    readonly scales: GradeScaleIndex,
    /** The interpreter's compiler: slot order, points-table lookups, filters for list helpers. */
    readonly compiler: RuleCompiler,
  ) {}

  set(rule: SetRule): GeneratedSet {
    return generateSet(rule, this);
  }
  measure(rule: MeasureRule): GeneratedMeasure {
    return generateMeasure(rule, this);
  }
  condition(rule: ConditionRule): GeneratedCondition {
    return generateCondition(rule, this);
  }

  /** The memo variables of a named rule ("set:a_level_passes"). */
  memos(key: string): { value: string; explained: string; items: string } {
    let memo = this.memoNames.get(key);
    if (!memo) {
      memo = {
        value: this.src.memo('mv'),
        explained: this.src.memo('me'),
        // Only a set's explanation has items to remember.
        items: key.startsWith('set:') ? this.src.memo('mi') : '',
      };
      this.memoNames.set(key, memo);
    }
    return memo;
  }

  /** A named rule's generated functions (generated on first use). */
  resolve<T>(namespace: Namespace, name: string): T {
    const key = `${namespace}:${name}`;
    const known = this.named.get(key);
    if (known !== undefined) return known as T;
    const d = this.definition;
    const rule =
      namespace === 'set'
        ? d.sets?.[name]
        : namespace === 'measure'
          ? d.measures?.[name]
          : d.conditions?.[name];
    if (!rule) throw new Error(`No ${namespace} is named "${name}".`);
    const generated =
      namespace === 'set'
        ? this.set(rule as SetRule)
        : namespace === 'measure'
          ? this.measure(rule as MeasureRule)
          : this.condition(rule as ConditionRule);
    this.named.set(key, generated);
    return generated as T;
  }
}
