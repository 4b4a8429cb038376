import type { FrameworkDefinition, GapToNextTier } from '@bacc/schema';

export interface Figure {
  id: string;
  name: string;
  count: number;
  /** Of every learner in the cohort, rounded to a whole percent. */
  percent: number;
}

export const percentOf = (count: number, total: number) =>
  total === 0 ? 0 : Math.round((count * 100) / total);

type Counted<K extends string> = ReadonlyArray<{ [key in K]: string | null } & { count: number }>;

const countOf = <K extends string>(rows: Counted<K>, key: K, id: string | null) =>
  rows.find((r) => r[key] === id)?.count ?? 0;

/** Learners by tier, from no award up to the highest tier, with any tier the framework no longer names. */
export function tierFigures(
  definition: FrameworkDefinition,
  rows: Counted<'tier'>,
  total: number,
): Figure[] {
  const known = [...definition.tiers].reverse().map((t) => ({ id: t.id, name: t.name }));
  const stray = rows
    .filter((r) => r.tier !== null && !known.some((k) => k.id === r.tier))
    .map((r) => ({ id: r.tier as string, name: r.tier as string }));
  const none = countOf(rows, 'tier', null);
  return [
    { id: 'none', name: 'No award yet', count: none, percent: percentOf(none, total) },
    ...[...known, ...stray].map((t) => {
      const count = countOf(rows, 'tier', t.id);
      return { ...t, count, percent: percentOf(count, total) };
    }),
  ];
}

export function pathwayFigures(
  definition: FrameworkDefinition,
  rows: Counted<'pathway'>,
  total: number,
): Figure[] {
  const named = (definition.pathways ?? []).map((p) => ({ id: p.id, name: p.name }));
  const stray = rows
    .filter((r) => r.pathway !== null && !named.some((k) => k.id === r.pathway))
    .map((r) => ({ id: r.pathway as string, name: r.pathway as string }));
  return [...named, ...stray].map((p) => {
    const count = countOf(rows, 'pathway', p.id);
    return { ...p, count, percent: percentOf(count, total) };
  });
}

export interface ComponentFigure {
  id: string;
  name: string;
  /** Learners who still need this component for their next tier. */
  missing: number;
  /** Learners who need nothing more of it (including those at the top tier). */
  met: number;
  percentMet: number;
}

export function componentFigures(
  definition: FrameworkDefinition,
  rows: Counted<'component'>,
  decided: number,
  total: number,
): ComponentFigure[] {
  return definition.components.map((c) => {
    const missing = countOf(rows, 'component', c.id);
    // Undecided learners have no evidence judged yet, so they meet nothing.
    const met = decided - missing;
    return { id: c.id, name: c.name, missing, met, percentMet: percentOf(met, total) };
  });
}

/** The gap to the next tier, as the stored decision words it. */
export function gapNeeds(gap: unknown) {
  const g = gap as GapToNextTier | null;
  return (g?.needs ?? []).map((n) => ({
    component: n.component,
    componentName: n.componentName,
    text: n.text,
  }));
}
