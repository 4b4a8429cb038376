import {
  type ConditionRule,
  type EvidenceFilter,
  type EvidenceFilterField,
  type EvidenceSource,
  evidenceFilterFieldSources,
  type FrameworkDefinition,
  type MeasureRule,
  type SetRule,
} from '@bacc/schema';
import type { IssueList, IssuePath } from './issues.ts';

type Sources = ReadonlySet<EvidenceSource>;
const all: Sources = new Set(['results', 'projects', 'activities']);

const fieldSources: Record<string, EvidenceSource[]> = {
  points: ['results', 'projects'],
  size: ['results'],
  glh: ['results'],
  tqt: ['results'],
  hours: ['projects', 'activities'],
};

/**
 * Checks every rule node: references resolve, grades exist on the scales they name, and
 * each filter field or summed field applies to the evidence the rule can see.
 */
export class RuleChecker {
  private readonly namedSources = new Map<string, Sources>();
  private readonly resolving = new Set<string>();

  constructor(
    private readonly def: FrameworkDefinition,
    private readonly issues: IssueList,
  ) {}

  private grade(path: IssuePath, scale: string, grade: string): void {
    const s = this.def.gradeScales[scale];
    if (!s)
      this.issues.add(
        path,
        `refers to the grade scale "${scale}", which the framework does not define.`,
      );
    else if (!s.grades.some((g) => g.grade === grade)) {
      this.issues.add(
        path,
        `uses grade "${grade}", which is not on the ${s.label} scale (${s.grades.map((g) => g.grade).join(', ')}).`,
      );
    }
  }

  filter(path: IssuePath, filter: EvidenceFilter, sources: Sources): void {
    for (const [field, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      const applies = evidenceFilterFieldSources[field as EvidenceFilterField];
      if (applies && !applies.some((s) => sources.has(s))) {
        this.issues.add(
          [...path, field],
          `"${field}" describes ${applies.join(' or ')}, but this rule only sees ${[...sources].join(' and ')}.`,
        );
      }
    }
    for (const key of ['gradeAtLeast', 'gradeAtMost'] as const) {
      for (const [scale, grade] of Object.entries(filter[key] ?? {}))
        this.grade([...path, key, scale], scale, grade);
    }
    if (filter.grades) {
      const known = new Set(
        Object.values(this.def.gradeScales).flatMap((s) => s.grades.map((g) => g.grade)),
      );
      filter.grades.forEach((g, i) => {
        if (!known.has(g))
          this.issues.add(
            [...path, 'grades', i],
            `uses grade "${g}", which is on none of the framework's grade scales.`,
          );
      });
    }
    if (
      filter.levelAtLeast !== undefined &&
      filter.levelAtMost !== undefined &&
      filter.levelAtLeast > filter.levelAtMost
    ) {
      this.issues.add(
        path,
        `asks for level ${filter.levelAtLeast} or above and ${filter.levelAtMost} or below: no evidence can match.`,
      );
    }
  }

  private pointsTable(path: IssuePath, name: string | undefined): void {
    if (name !== undefined && !this.def.pointsTables?.[name]) {
      this.issues.add(
        path,
        `refers to the points table "${name}", which the framework does not define.`,
      );
    }
  }

  namedSet(path: IssuePath, name: string): Sources {
    const known = this.namedSources.get(name);
    if (known) return known;
    const rule = this.def.sets?.[name];
    if (!rule) {
      this.issues.add(path, `refers to the set "${name}", which the framework does not define.`);
      return all;
    }
    if (this.resolving.has(name)) return all;
    this.resolving.add(name);
    const sources = this.set(['sets', name], rule, false);
    this.resolving.delete(name);
    this.namedSources.set(name, sources);
    return sources;
  }

  /** Returns the evidence sources the set can contain. */
  set(path: IssuePath, rule: SetRule, report = true): Sources {
    switch (rule.kind) {
      case 'evidence': {
        const sources = new Set([rule.from]);
        if (rule.where && report) this.filter([...path, 'where'], rule.where, sources);
        return sources;
      }
      case 'best': {
        const sources = this.set([...path, 'of'], rule.of, report);
        if (report) {
          this.pointsTable([...path, 'pointsTable'], rule.pointsTable);
          const by = rule.by ?? 'points';
          if (!(fieldSources[by] ?? []).some((s) => sources.has(s))) {
            this.issues.add(
              [...path, 'by'],
              `ranks by "${by}", but ${[...sources].join(' and ')} have no ${by}, so every item would tie.`,
            );
          }
        }
        return sources;
      }
      case 'cap': {
        const sources = this.set([...path, 'of'], rule.of, report);
        if (report) this.filter([...path, 'where'], rule.where, sources);
        return sources;
      }
      case 'discount': {
        const sources = this.set([...path, 'of'], rule.of, report);
        if (report && !sources.has('results'))
          this.issues.add(
            path,
            'discounts by DfE discount code, but only results carry one and this set holds no results.',
          );
        return sources;
      }
      case 'union':
        return new Set(rule.of.flatMap((r, i) => [...this.set([...path, 'of', i], r, report)]));
      case 'without':
        this.set([...path, 'remove'], rule.remove, report);
        return this.set([...path, 'of'], rule.of, report);
      case 'set':
        return report
          ? this.namedSet([...path, 'name'], rule.name)
          : (this.namedSources.get(rule.name) ?? all);
    }
  }

  measure(path: IssuePath, rule: MeasureRule): void {
    switch (rule.kind) {
      case 'count':
        this.set([...path, 'of'], rule.of);
        return;
      case 'sum': {
        const sources = this.set([...path, 'of'], rule.of);
        const has = fieldSources[rule.field] ?? [];
        if (!has.some((s) => sources.has(s))) {
          this.issues.add(
            [...path, 'field'],
            `sums "${rule.field}", but ${[...sources].join(' and ')} have no ${rule.field}; it would always be 0.`,
          );
        }
        this.pointsTable([...path, 'pointsTable'], rule.pointsTable);
        if (rule.pointsTable !== undefined && rule.field !== 'points')
          this.issues.add(
            [...path, 'pointsTable'],
            'gives a points table, but sums something other than points.',
          );
        return;
      }
      case 'countMet':
        rule.of.forEach((c, i) => {
          this.condition([...path, 'of', i], c);
        });
        return;
      case 'weighted':
        rule.parts.forEach((p, i) => {
          this.measure([...path, 'parts', i, 'measure'], p.measure);
        });
        return;
      case 'total':
        rule.of.forEach((m, i) => {
          this.measure([...path, 'of', i], m);
        });
        return;
      case 'lookup':
        if (!this.def.lookupTables?.[rule.table])
          this.issues.add(
            [...path, 'table'],
            `refers to the lookup table "${rule.table}", which the framework does not define.`,
          );
        this.set([...path, 'row'], rule.row);
        this.set([...path, 'column'], rule.column);
        return;
      case 'measure':
        if (!this.def.measures?.[rule.name])
          this.issues.add(
            [...path, 'name'],
            `refers to the measure "${rule.name}", which the framework does not define.`,
          );
        return;
    }
  }

  condition(path: IssuePath, rule: ConditionRule): void {
    switch (rule.kind) {
      case 'compare':
        this.measure([...path, 'measure'], rule.measure);
        return;
      case 'all':
      case 'any':
        rule.of.forEach((c, i) => {
          this.condition([...path, 'of', i], c);
        });
        return;
      case 'atLeastOf':
        if (rule.k > rule.of.length)
          this.issues.add(
            [...path, 'k'],
            `needs ${rule.k} of only ${rule.of.length} parts, so it can never be met.`,
          );
        rule.of.forEach((c, i) => {
          this.condition([...path, 'of', i], c);
        });
        return;
      case 'not':
        this.condition([...path, 'rule'], rule.rule);
        return;
      case 'every': {
        const sources = this.set([...path, 'of'], rule.of);
        this.filter([...path, 'where'], rule.where, sources);
        return;
      }
      case 'flag':
        return;
      case 'condition':
        if (!this.def.conditions?.[rule.name])
          this.issues.add(
            [...path, 'name'],
            `refers to the condition "${rule.name}", which the framework does not define.`,
          );
        return;
    }
  }
}
