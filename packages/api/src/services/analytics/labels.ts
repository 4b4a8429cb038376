import type { FrameworkDefinition } from '@bacc/schema';

export interface Labels {
  tiers: Map<string, string>;
  pathways: Map<string, string>;
  components: Map<string, string>;
  grades: Map<string, string>;
}

/**
 * Names for the ids stored in decisions, from the framework versions the cohorts are decided
 * under; a later version's name wins, and an id no version names is shown as it is.
 */
export function labelsFrom(definitions: readonly unknown[]): Labels {
  const labels: Labels = {
    tiers: new Map(),
    pathways: new Map(),
    components: new Map(),
    grades: new Map(),
  };
  for (const raw of definitions) {
    const d = raw as Partial<FrameworkDefinition>;
    for (const t of d.tiers ?? []) {
      labels.tiers.set(t.id, t.name);
      for (const g of t.awardGrades ?? []) labels.grades.set(g.id, g.name);
    }
    for (const p of d.pathways ?? []) labels.pathways.set(p.id, p.name);
    for (const c of d.components ?? []) labels.components.set(c.id, c.name);
  }
  return labels;
}

export const label = (names: Map<string, string>, id: string) => names.get(id) ?? id;
