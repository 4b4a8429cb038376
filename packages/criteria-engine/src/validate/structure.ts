import type { FrameworkDefinition } from '@bacc/schema';
import type { IssueList, IssuePath } from './issues.ts';

function unique<T>(
  issues: IssueList,
  path: IssuePath,
  items: T[],
  key: (t: T) => string,
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) issues.add([...path, i], `repeats the ${what} "${k}"; each must be unique.`);
    seen.add(k);
  });
}

/** Ids are unique, requirements name real components and pathways, tables use real grades. */
export function checkStructure(def: FrameworkDefinition, issues: IssueList): void {
  unique(issues, ['tiers'], def.tiers, (t) => t.id, 'tier id');
  unique(issues, ['components'], def.components, (c) => c.id, 'component id');
  unique(issues, ['pathways'], def.pathways ?? [], (p) => p.id, 'pathway id');
  unique(
    issues,
    ['failingConditions'],
    def.failingConditions ?? [],
    (f) => f.code,
    'failing condition code',
  );
  const components = new Set(def.components.map((c) => c.id));
  const pathways = new Set((def.pathways ?? []).map((p) => p.id));
  def.tiers.forEach((tier, t) => {
    unique(
      issues,
      ['tiers', t, 'awardGrades'],
      tier.awardGrades ?? [],
      (g) => g.id,
      'award grade id',
    );
    unique(
      issues,
      ['tiers', t, 'failingConditions'],
      tier.failingConditions ?? [],
      (f) => f.code,
      'failing condition code',
    );
    tier.requirements.forEach((req, r) => {
      if (!components.has(req.component)) {
        issues.add(
          ['tiers', t, 'requirements', r, 'component'],
          `names the component "${req.component}", which is not in the framework's components (${[...components].join(', ')}).`,
        );
      }
      req.pathways?.forEach((p, i) => {
        if (!pathways.has(p))
          issues.add(
            ['tiers', t, 'requirements', r, 'pathways', i],
            `names the pathway "${p}", which the framework does not define.`,
          );
      });
    });
  });
  (def.pathways ?? []).forEach((p, i, all) => {
    if (!p.when && i < all.length - 1) {
      issues.add(
        ['pathways', i],
        `"${p.name}" has no condition, so it takes every learner and the pathways after it can never be chosen.`,
      );
    }
  });
  for (const [key, scale] of Object.entries(def.gradeScales)) {
    unique(issues, ['gradeScales', key, 'grades'], scale.grades, (g) => g.grade, 'grade');
    if (scale.lowestPass !== undefined && !scale.grades.some((g) => g.grade === scale.lowestPass)) {
      issues.add(
        ['gradeScales', key, 'lowestPass'],
        `is "${scale.lowestPass}", which is not one of this scale's grades.`,
      );
    }
  }
  const gradeOn = (path: IssuePath, scale: string, grade: string) => {
    const s = def.gradeScales[scale];
    if (!s)
      issues.add(
        path,
        `refers to the grade scale "${scale}", which the framework does not define.`,
      );
    else if (!s.grades.some((g) => g.grade === grade))
      issues.add(path, `uses grade "${grade}", which is not on the ${s.label} scale.`);
  };
  for (const [key, table] of Object.entries(def.pointsTables ?? {})) {
    for (const [scale, grades] of Object.entries(table.points)) {
      for (const grade of Object.keys(grades))
        gradeOn(['pointsTables', key, 'points', scale, grade], scale, grade);
    }
  }
  for (const [key, table] of Object.entries(def.lookupTables ?? {})) {
    for (const [row, columns] of Object.entries(table.values)) {
      gradeOn(['lookupTables', key, 'values', row], table.rowScale, row);
      for (const column of Object.keys(columns))
        gradeOn(['lookupTables', key, 'values', row, column], table.columnScale, column);
    }
  }
}
