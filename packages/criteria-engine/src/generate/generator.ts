import type { ConditionRule, FrameworkDefinition, MeasureRule, SetRule } from '@bacc/schema';
import type { RuleCompiler } from '../compile/compiler.ts';
import { NOT_FINITE, NumberField } from '../evidence-item.ts';
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
  /** number of items (generated on first use) */
  count(): string;
  /** sum of the key over the items */
  total(key: ItemKeyCode): string;
  /** Counts and totals come from the one pass over the source (no list is built). */
  accumulated?: boolean;
  /** the set's node; its items are left in `E.XI` for the caller to read at once */
  explain: string;
  /**
   * For a reference to a named set: the ids its node would list, without making the node
   * (a count or sum of it lists them itself); its items are left in `E.XI` likewise.
   */
  explainItems?: string;
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
  /** Whether the explained node's sentence depends only on its value and whether it is met. */
  textByValue?: boolean;
}

type Namespace = 'set' | 'measure' | 'condition';

/** A filter over one source whose count and totals the source's pass works out. */
interface Accumulated {
  test: string;
  /** The variable holding the count, or '' when nothing counts it. */
  count: string;
  sums: Map<string, { variable: string; key: ItemKeyCode }>;
}

export interface Accumulator {
  count(): string;
  total(key: ItemKeyCode): string;
}

const passName = (source: string) => `pass${source}`;
const passDone = (source: string) => `M.passed${source}`;

/**
 * Writes a framework's rules as JavaScript functions, one per rule node and use (select,
 * count, explain...), mirroring the closures of compile/ node for node. Named rules are
 * generated once and memoised per evaluation in variables, in the interpreter's slot order.
 */
export class FrameworkGenerator {
  private readonly named = new Map<string, unknown>();
  private readonly memoNames = new Map<
    string,
    { value: string; explained: string; items: string; counted: string }
  >();

  /** Per source, the filters whose counts and totals its one pass works out. */
  private readonly passes = new Map<string, Accumulated[]>();
  /** Item numbers some rule adds up: 'points', 'hours'... or a points table's name. */
  private readonly summed = new Set<string>();
  /** Item numbers some rule ranks by (best, cap, discount). */
  private readonly ranked = new Set<string>();

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

  /**
   * The count and totals of the items of `source` that pass `test`, worked out for every such
   * filter in one pass over the source, on first use in an evaluation.
   */
  accumulator(source: 'R' | 'P' | 'A', test: string): Accumulator {
    let filters = this.passes.get(source);
    if (!filters) {
      filters = [];
      this.passes.set(source, filters);
    }
    let entry = filters.find((f) => f.test === test);
    if (!entry) {
      entry = { test, count: '', sums: new Map() };
      filters.push(entry);
    }
    const { src } = this;
    const found = entry;
    const run = `if (${passDone(source)} === undefined) ${passName(source)}();`;
    let count = '';
    const totals = new Map<string, string>();
    return {
      count: () => {
        if (count === '') {
          if (found.count === '') found.count = src.variable('C');
          count = src.fn('cnt', `${run}\nreturn ${found.count};`);
        }
        return count;
      },
      total: (key) => {
        let name = totals.get(key.id);
        if (name === undefined) {
          let sum = found.sums.get(key.id);
          if (!sum) {
            sum = { variable: src.variable('S'), key };
            found.sums.set(key.id, sum);
          }
          name = src.fn('tot', `${run}\nreturn ${sum.variable};`);
          totals.set(key.id, name);
        }
        return name;
      },
    };
  }

  /** Note that a rule adds up `field` (or a points table's points) over items. */
  sums(field: string, table?: string): void {
    this.summed.add(table === undefined ? field : `table:${table}`);
  }

  /** Note that a rule ranks items by `field` (or a points table's points). */
  ranks(field: string, table?: string): void {
    this.ranked.add(table === undefined ? field : `table:${table}`);
  }

  /**
   * What lets a decision without explanations skip putting evidence in id order: the
   * LearnerEvidence.unwhole bits that must all be clear for this learner, or null when it
   * never may. Evidence order reaches such a decision only through sums (floating-point
   * addition depends on order) and through rankings whose keys are not finite: every ranking
   * and discount breaks ties by grade and then id, with a stable sort, so items with equal
   * ids keep their arrival order either way. So order is irrelevant when every number summed
   * is a whole number below 2^31 (any sum of fewer than 2^22 of them is exact) and every number ranked by is
   * finite. Numbers from the definition are checked here, once; the record's by the reader.
   */
  orderFreeMask(): number | null {
    const d = this.definition;
    const tableValues = (name: string) =>
      Object.values(d.pointsTables?.[name]?.points ?? {}).flatMap((grades) =>
        Object.values(grades),
      );
    const scalePoints = Object.values(d.gradeScales).flatMap((scale) =>
      scale.grades.map((g) => g.points),
    );
    const whole = (n: number) => (n | 0) === n;
    let mask = 0;
    for (const [keys, numberTest, shift] of [
      [this.summed, whole, 0],
      [this.ranked, Number.isFinite, NOT_FINITE],
    ] as const) {
      for (const key of keys) {
        if (key === 'points') {
          if (!scalePoints.every(numberTest)) return null;
        } else if (key.startsWith('table:')) {
          if (!tableValues(key.slice('table:'.length)).every(numberTest)) return null;
        } else if (Object.hasOwn(NumberField, key)) {
          mask |= NumberField[key as keyof typeof NumberField] << shift;
        } else {
          // A number this test does not know: keep the evidence in id order.
          return null;
        }
      }
    }
    return mask;
  }

  /** The passes the accumulators need, one function per source (call once, after generating). */
  declarePasses(): void {
    for (const [source, filters] of this.passes) {
      const used = filters.filter((f) => f.count !== '' || f.sums.size > 0);
      if (used.length === 0) continue;
      this.src.memoField(`passed${source}`);
      const locals: string[] = [];
      const tests: string[] = [];
      const stores: string[] = [];
      used.forEach((f, n) => {
        const body: string[] = [];
        if (f.count !== '') {
          locals.push(`c${n} = 0`);
          body.push(`c${n}++;`);
          stores.push(`${f.count} = c${n};`);
        }
        let m = 0;
        for (const { variable, key } of f.sums.values()) {
          locals.push(`s${n}_${m} = 0`);
          body.push(`s${n}_${m} += ${key.of('i')};`);
          stores.push(`${variable} = s${n}_${m};`);
          m++;
        }
        tests.push(`if (${f.test}) {\n${body.join('\n')}\n}`);
      });
      this.src.declare(
        passName(source),
        `${passDone(source)} = true;
let ${locals.join(', ')};
const s = ${source};
for (let n = 0; n < s.length; n++) {
const i = s[n];
${tests.join('\n')}
}
${stores.join('\n')}`,
      );
    }
  }

  /** The memo fields of a named rule ("set:a_level_passes"). */
  memos(key: string): { value: string; explained: string; items: string; counted: string } {
    let memo = this.memoNames.get(key);
    if (!memo) {
      memo = {
        value: this.src.memo('mv'),
        explained: this.src.explanationMemo('me'),
        // Only a set's explanation has items to remember.
        items: key.startsWith('set:') ? this.src.explanationMemo('mi') : '',
        // A named measure's or condition's counted evidence, replayed (generate/counted.ts).
        counted: key.startsWith('set:') ? '' : this.src.explanationMemo('mc'),
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
