import type {
  ConditionRule,
  EvidenceFilter,
  FrameworkDefinition,
  MeasureRule,
  SetRule,
} from '@bacc/schema';
import type { EvidenceNeeds } from '../evidence-item.ts';
import type { GradeScaleIndex } from '../grade-scales.ts';
import { compileCondition } from './conditions.ts';
import { compileFilter, type ItemTest } from './filter.ts';
import { internalized } from './internalized.ts';
import { compileMeasure } from './measures.ts';
import type { CompiledCondition, CompiledMeasure, CompiledSet } from './nodes.ts';
import type { ItemKey } from './ranking.ts';
import { compileSet } from './sets.ts';

type Namespace = 'set' | 'measure' | 'condition';

/** Compiles rule nodes and resolves named sets, measures and conditions to memo slots. */
export class RuleCompiler {
  private slots = 0;
  private readonly named = new Map<string, { slot: number; compiled?: unknown }>();
  private readonly compiling = new Set<string>();

  constructor(
    readonly definition: FrameworkDefinition,
    readonly scales: GradeScaleIndex,
  ) {}

  get slotCount(): number {
    return this.slots;
  }

  /** Each memo slot's key, e.g. "set:a_level_passes". */
  get slotKeys(): string[] {
    const keys: string[] = new Array(this.slots);
    for (const [key, entry] of this.named) keys[entry.slot] = key;
    return keys;
  }

  /** The optional record fields some rule reads (the others are not read at all). */
  readonly needs: EvidenceNeeds = { status: false, tqt: false, accreditation: false };

  /** A filter's predicate, noting the optional fields it reads. */
  filter(where: EvidenceFilter | undefined): ItemTest {
    if (where?.status !== undefined) this.needs.status = true;
    if (where?.accredited !== undefined) this.needs.accreditation = true;
    return compileFilter(where, this.scales);
  }

  set(rule: SetRule): CompiledSet {
    return compileSet(rule, this);
  }
  measure(rule: MeasureRule): CompiledMeasure {
    return compileMeasure(rule, this);
  }
  condition(rule: ConditionRule): CompiledCondition {
    return compileCondition(rule, this);
  }

  /** Points per item from a points table, or undefined for the grade scale's own points. */
  tablePoints(table: string | undefined): ItemKey | undefined {
    if (table === undefined) return undefined;
    const byScale = this.definition.pointsTables?.[table]?.points ?? {};
    const lookup = new Map<string, ReadonlyMap<string, number>>();
    for (const [scale, grades] of Object.entries(byScale))
      lookup.set(scale, new Map(Object.entries(grades)));
    return (i) => lookup.get(i.scale)?.get(i.grade) ?? 0;
  }

  /** A named rule's slot and compiled form; compiled on first use, so order does not matter. */
  resolve<T>(namespace: Namespace, name: string): { slot: number; compiled: T } {
    const key = internalized(`${namespace}:${name}`);
    let entry = this.named.get(key);
    if (!entry) {
      entry = { slot: this.slots++ };
      this.named.set(key, entry);
    }
    if (entry.compiled === undefined) {
      if (this.compiling.has(key)) throw new Error(`The ${namespace} "${name}" refers to itself.`);
      this.compiling.add(key);
      entry.compiled = this.compileNamed(namespace, name);
      this.compiling.delete(key);
    }
    return entry as { slot: number; compiled: T };
  }

  private compileNamed(namespace: Namespace, name: string): unknown {
    const d = this.definition;
    const rule =
      namespace === 'set'
        ? d.sets?.[name]
        : namespace === 'measure'
          ? d.measures?.[name]
          : d.conditions?.[name];
    if (!rule) throw new Error(`No ${namespace} is named "${name}".`);
    if (namespace === 'set') return this.set(rule as SetRule);
    if (namespace === 'measure') return this.measure(rule as MeasureRule);
    return this.condition(rule as ConditionRule);
  }
}
