import type { ConditionRule, FrameworkDefinition, MeasureRule, SetRule } from '@bacc/schema';

export interface Range {
  min: number;
  max: number;
}

/**
 * The least and most a rule can ever be, from the definition alone. Used to find
 * conditions no learner could meet (and so tiers no learner could reach).
 */
export class Bounds {
  private readonly maxPoints: number;
  private readonly depth = new Set<string>();

  constructor(private readonly def: FrameworkDefinition) {
    const all = Object.values(def.gradeScales).flatMap((s) => s.grades.map((g) => g.points));
    const tables = Object.values(def.pointsTables ?? {}).flatMap((t) =>
      Object.values(t.points).flatMap((g) => Object.values(g)),
    );
    this.maxPoints = Math.max(0, ...all, ...tables);
  }

  private guard<T>(key: string, fallback: T, compute: () => T): T {
    if (this.depth.has(key)) return fallback;
    this.depth.add(key);
    try {
      return compute();
    } finally {
      this.depth.delete(key);
    }
  }

  setSize(rule: SetRule): number {
    switch (rule.kind) {
      case 'best':
        return Math.min(rule.n, this.setSize(rule.of));
      case 'cap':
      case 'discount':
      case 'without':
        return this.setSize(rule.of);
      case 'union':
        return rule.of.reduce((n, r) => n + this.setSize(r), 0);
      case 'set': {
        const named = this.def.sets?.[rule.name];
        return named
          ? this.guard(`set:${rule.name}`, Infinity, () => this.setSize(named))
          : Infinity;
      }
      default:
        return Infinity;
    }
  }

  measure(rule: MeasureRule): Range {
    switch (rule.kind) {
      case 'count':
        return { min: 0, max: this.setSize(rule.of) };
      case 'sum': {
        const size = this.setSize(rule.of);
        return {
          min: 0,
          max: rule.field === 'points' && Number.isFinite(size) ? size * this.maxPoints : Infinity,
        };
      }
      case 'countMet':
        return { min: 0, max: rule.of.length };
      case 'weighted':
        return rule.parts.reduce(
          (r, p) => {
            const m = this.measure(p.measure);
            const lo = p.weight >= 0 ? p.weight * m.min : p.weight * m.max;
            const hi = p.weight >= 0 ? p.weight * m.max : p.weight * m.min;
            return { min: r.min + lo, max: r.max + hi };
          },
          { min: 0, max: 0 },
        );
      case 'total':
        return rule.of.reduce(
          (r, m) => {
            const x = this.measure(m);
            return { min: r.min + x.min, max: r.max + x.max };
          },
          { min: 0, max: 0 },
        );
      case 'lookup': {
        const values = Object.values(this.def.lookupTables?.[rule.table]?.values ?? {}).flatMap(
          (row) => Object.values(row),
        );
        return { min: Math.min(0, ...values), max: Math.max(0, ...values) };
      }
      case 'measure': {
        const named = this.def.measures?.[rule.name];
        const open = { min: -Infinity, max: Infinity };
        return named ? this.guard(`measure:${rule.name}`, open, () => this.measure(named)) : open;
      }
    }
  }

  /** False only when no evidence at all could make the condition hold. */
  satisfiable(rule: ConditionRule): boolean {
    switch (rule.kind) {
      case 'compare': {
        const { min, max } = this.measure(rule.measure);
        const v = rule.value;
        switch (rule.op) {
          case 'atLeast':
            return max >= v;
          case 'moreThan':
            return max > v;
          case 'atMost':
            return min <= v;
          case 'lessThan':
            return min < v;
          case 'exactly':
            return min <= v && v <= max;
        }
        return true;
      }
      case 'all':
        return rule.of.every((c) => this.satisfiable(c));
      case 'any':
        return rule.of.some((c) => this.satisfiable(c));
      case 'atLeastOf':
        return rule.of.filter((c) => this.satisfiable(c)).length >= rule.k;
      case 'condition': {
        const named = this.def.conditions?.[rule.name];
        return named
          ? this.guard(`condition:${rule.name}`, true, () => this.satisfiable(named))
          : true;
      }
      default:
        return true;
    }
  }
}
