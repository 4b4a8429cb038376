import type { ConditionRule, FrameworkDefinition, MeasureRule } from '@bacc/schema';

/**
 * A number in a framework that a centre's programme may set: a comparison's threshold. The
 * `polarity` says which way is stricter: +1 when the comparison must hold for the award (a
 * tier requirement, an award grade), -1 when it refuses the award (a failing condition, or
 * under a `not`). For `atLeast`/`moreThan` at +1, stricter means a higher value.
 */
export interface ThresholdSite {
  path: string;
  label: string;
  where: string;
  op: 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'exactly';
  value: number;
  /** Both when a named condition is reached both ways: then it must stay as it is. */
  polarity: 1 | -1 | 0;
}

/** Which way a value may move and still require at least as much: 1 up, -1 down, 0 neither. */
export function stricterDirection(site: Pick<ThresholdSite, 'op' | 'polarity'>): 1 | -1 | 0 {
  if (site.op === 'exactly' || site.polarity === 0) return 0;
  const up = site.op === 'atLeast' || site.op === 'moreThan' ? 1 : -1;
  return (up * site.polarity) as 1 | -1;
}

/** Every threshold reached from the tiers, failing conditions and award grades, by JSON path. */
export function listThresholds(def: FrameworkDefinition): ThresholdSite[] {
  const sites = new Map<string, ThresholdSite>();
  const seen = new Set<string>();

  const add = (
    path: string,
    rule: ConditionRule & { kind: 'compare' },
    where: string,
    p: 1 | -1,
    label: string,
  ) => {
    const existing = sites.get(path);
    if (existing) {
      if (existing.polarity !== p) existing.polarity = 0;
      return;
    }
    sites.set(path, {
      path,
      label: rule.label ?? label,
      where,
      op: rule.op,
      value: rule.value,
      polarity: p,
    });
  };

  const measure = (m: MeasureRule, path: string, where: string, p: 1 | -1, label: string) => {
    switch (m.kind) {
      case 'countMet':
        m.of.forEach((c, i) => {
          condition(c, `${path}.of.${i}`, where, p, label);
        });
        break;
      case 'weighted':
        m.parts.forEach((part, i) => {
          measure(
            part.measure,
            `${path}.parts.${i}.measure`,
            where,
            (part.weight < 0 ? -p : p) as 1 | -1,
            label,
          );
        });
        break;
      case 'total':
        m.of.forEach((x, i) => {
          measure(x, `${path}.of.${i}`, where, p, label);
        });
        break;
      case 'measure': {
        const target = def.measures?.[m.name];
        const key = `m:${m.name}:${p}`;
        if (target && !seen.has(key)) {
          seen.add(key);
          measure(target, `measures.${m.name}`, where, p, label);
        }
        break;
      }
      default:
        break;
    }
  };

  const condition = (c: ConditionRule, path: string, where: string, p: 1 | -1, label: string) => {
    const here = c.label ?? label;
    switch (c.kind) {
      case 'compare':
        add(`${path}.value`, c, where, p, here);
        measure(c.measure, `${path}.measure`, where, p, here);
        break;
      case 'all':
      case 'any':
      case 'atLeastOf':
        c.of.forEach((x, i) => {
          condition(x, `${path}.of.${i}`, where, p, here);
        });
        break;
      case 'not':
        condition(c.rule, `${path}.rule`, where, (p === 1 ? -1 : 1) as 1 | -1, here);
        break;
      case 'condition': {
        const target = def.conditions?.[c.name];
        const key = `c:${c.name}:${p}`;
        if (target && !seen.has(key)) {
          seen.add(key);
          condition(target, `conditions.${c.name}`, where, p, here);
        }
        break;
      }
      default:
        break;
    }
  };

  const components = new Map(def.components.map((c) => [c.id, c.name]));
  def.tiers.forEach((tier, t) => {
    tier.requirements.forEach((r, i) => {
      condition(
        r.rule,
        `tiers.${t}.requirements.${i}.rule`,
        `${tier.name}: ${components.get(r.component) ?? r.component}`,
        1,
        r.note ?? '',
      );
    });
    tier.failingConditions?.forEach((f, i) => {
      condition(
        f.when,
        `tiers.${t}.failingConditions.${i}.when`,
        `${tier.name}: failing condition ${f.code}`,
        -1,
        f.description,
      );
    });
    tier.awardGrades?.forEach((g, i) => {
      if (g.when)
        condition(
          g.when,
          `tiers.${t}.awardGrades.${i}.when`,
          `${tier.name}: ${g.name} grade`,
          1,
          g.name,
        );
    });
  });
  def.failingConditions?.forEach((f, i) => {
    condition(
      f.when,
      `failingConditions.${i}.when`,
      `Failing condition ${f.code}`,
      -1,
      f.description,
    );
  });
  return [...sites.values()];
}

/** Reads the number at a dotted JSON path, or undefined. */
export function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A copy of the definition with each threshold set to the value given (paths must exist). */
export function withThresholds(
  def: FrameworkDefinition,
  thresholds: ReadonlyArray<{ path: string; value: number }>,
): FrameworkDefinition {
  const copy = structuredClone(def) as unknown as Record<string, unknown>;
  for (const { path, value } of thresholds) {
    const parts = path.split('.');
    const last = parts.pop()!;
    const parent = readPath(copy, parts.join('.'));
    if (
      parent &&
      typeof parent === 'object' &&
      typeof (parent as Record<string, unknown>)[last] === 'number'
    )
      (parent as Record<string, unknown>)[last] = value;
  }
  return copy as unknown as FrameworkDefinition;
}
