import type { DestinationCheckpoint, DestinationKind } from '@bacc/db';
import { type Labels, label } from './labels.ts';

export interface DecisionCount {
  centreId: string;
  leavingYear: number;
  decided: boolean;
  tier: string | null;
  tierRank: number;
  pathway: string | null;
  awardGrade: string | null;
  /** Components the learners still need for their next tier (empty or null when none). */
  unmetComponents: readonly string[] | null;
  learners: number;
}
interface ComponentCount {
  centreId: string;
  leavingYear: number;
  component: string;
  learners: number;
}

/** One row per component still needed, for every group of decided learners needing it. */
function componentCounts(decisions: readonly DecisionCount[]): ComponentCount[] {
  return decisions.flatMap((d) =>
    d.decided
      ? (d.unmetComponents ?? []).map((component) => ({
          centreId: d.centreId,
          leavingYear: d.leavingYear,
          component,
          learners: d.learners,
        }))
      : [],
  );
}
export interface DestinationCount {
  centreId: string;
  leavingYear: number;
  tier: string | null;
  tierRank: number;
  checkpoint: DestinationCheckpoint;
  kind: DestinationKind;
  learners: number;
  sustained: number;
}

/** The tier column of every table: each tier by id, then no award, then not yet decided. */
export const NO_AWARD = 'no_award';
export const UNDECIDED = 'undecided';
const tierKey = (r: { decided?: boolean; tier: string | null }) =>
  r.decided === false ? UNDECIDED : (r.tier ?? NO_AWARD);

const sum = (xs: readonly { learners: number }[]) => xs.reduce((n, x) => n + x.learners, 0);
const share = (n: number, of: number) => (of === 0 ? null : n / of);
function tally<T extends { learners: number }>(rows: readonly T[], key: (r: T) => string) {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + r.learners;
  return out;
}

export interface AnalyticsFilter {
  leavingYear?: number | undefined;
  centreId?: string | undefined;
}

/**
 * Every figure on the analytics screen, from grouped counts only, so each one is a sum of
 * learner rows. Shares are fractions (null when there is nobody to divide by); gaps are the
 * centre's share minus the trust's, in the same units.
 */
export function summariseAnalytics(
  input: {
    decisions: readonly DecisionCount[];
    destinations: readonly DestinationCount[];
    centres: ReadonlyArray<{ id: string; name: string }>;
    labels: Labels;
  },
  filter: AnalyticsFilter,
) {
  const { labels } = input;
  const inYear = <T extends { leavingYear: number }>(rows: readonly T[]) =>
    filter.leavingYear === undefined
      ? rows
      : rows.filter((r) => r.leavingYear === filter.leavingYear);
  const inCentre = <T extends { centreId: string }>(rows: readonly T[]) =>
    filter.centreId === undefined ? rows : rows.filter((r) => r.centreId === filter.centreId);

  const trustRows = inYear(input.decisions);
  const scopeRows = inCentre(trustRows);

  const rank = new Map<string, number>();
  for (const r of input.decisions)
    if (r.tier) rank.set(r.tier, Math.max(rank.get(r.tier) ?? 0, r.tierRank));
  const tierKeys = [
    ...[...rank.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
    NO_AWARD,
    UNDECIDED,
  ];
  const tiers = tierKeys.map((key) => ({
    key,
    label:
      key === NO_AWARD
        ? 'No award'
        : key === UNDECIDED
          ? 'Not yet decided'
          : label(labels.tiers, key),
  }));

  const totals = (rows: readonly DecisionCount[]) => {
    const learners = sum(rows);
    const decided = sum(rows.filter((r) => r.decided));
    const awarded = sum(rows.filter((r) => r.decided && r.tier !== null));
    return { learners, decided, awarded, awardedShare: share(awarded, decided) };
  };

  const scopeTiers = tally(scopeRows, tierKey);
  const trustTiers = tally(trustRows, tierKey);
  const scopeTotal = sum(scopeRows);
  const trustTotal = sum(trustRows);
  const byTier = tiers.map((t) => {
    const count = scopeTiers[t.key] ?? 0;
    const trustCount = trustTiers[t.key] ?? 0;
    const s = share(count, scopeTotal);
    const ts = share(trustCount, trustTotal);
    return {
      ...t,
      count,
      share: s,
      trustCount,
      trustShare: ts,
      gap: s === null || ts === null ? null : s - ts,
    };
  });

  const byCentre = input.centres.map((c) => {
    const rows = trustRows.filter((r) => r.centreId === c.id);
    return { centreId: c.id, centreName: c.name, ...totals(rows), tiers: tally(rows, tierKey) };
  });
  const trustAwarded = totals(trustRows).awardedShare;
  const centreGaps = byCentre.map((c) => ({
    centreId: c.centreId,
    centreName: c.centreName,
    awardedShare: c.awardedShare,
    gap: c.awardedShare === null || trustAwarded === null ? null : c.awardedShare - trustAwarded,
  }));

  const years = [...new Set(input.decisions.map((r) => r.leavingYear))].sort((a, b) => a - b);
  const centreAllYears = inCentre(input.decisions);
  const byYear = years.map((leavingYear) => {
    const rows = centreAllYears.filter((r) => r.leavingYear === leavingYear);
    return { leavingYear, ...totals(rows), tiers: tally(rows, tierKey) };
  });

  const decidedScope = scopeRows.filter((r) => r.decided && r.tier !== null);
  const pathwayKeys = [...new Set(decidedScope.map((r) => r.pathway ?? ''))].sort();
  const awardedScope = sum(decidedScope);
  const byPathway = pathwayKeys.map((key) => {
    const rows = decidedScope.filter((r) => (r.pathway ?? '') === key);
    const count = sum(rows);
    return {
      key: key || 'none',
      label: key ? label(labels.pathways, key) : 'No pathway',
      count,
      share: share(count, awardedScope),
      tiers: tally(rows, tierKey),
      tierShares: Object.fromEntries(
        Object.entries(tally(rows, tierKey)).map(([k, n]) => [k, share(n, count)]),
      ),
    };
  });

  const gradeKeys = [
    ...new Set(decidedScope.map((r) => r.awardGrade).filter((g) => g !== null)),
  ].sort();
  const byGrade = gradeKeys.map((key) => {
    const count = sum(decidedScope.filter((r) => r.awardGrade === key));
    return { key, label: label(labels.grades, key), count, share: share(count, awardedScope) };
  });

  const components = componentCounts(input.decisions);
  const scopeComponents = inCentre(inYear(components));
  const trustComponents = inYear(components);
  const decidedTotal = totals(scopeRows).decided;
  const trustDecided = totals(trustRows).decided;
  const componentKeys = [...new Set(components.map((c) => c.component))];
  const byComponent = componentKeys
    .map((key) => {
      const count = sum(scopeComponents.filter((c) => c.component === key));
      const trustCount = sum(trustComponents.filter((c) => c.component === key));
      const s = share(count, decidedTotal);
      const ts = share(trustCount, trustDecided);
      return {
        key,
        label: label(labels.components, key),
        count,
        share: s,
        trustCount,
        trustShare: ts,
        gap: s === null || ts === null ? null : s - ts,
      };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

  const destinationRows = inCentre(inYear(input.destinations));
  const kinds: DestinationKind[] = ['education', 'apprenticeship', 'employment', 'neet', 'unknown'];
  const destinationsByTier = tiers
    .filter((t) => t.key !== UNDECIDED)
    .map((t) => {
      const rows = destinationRows.filter((r) => (r.tier ?? NO_AWARD) === t.key);
      return {
        ...t,
        total: sum(rows),
        sustained: rows.reduce((n, r) => n + r.sustained, 0),
        kinds: Object.fromEntries(
          kinds.map((k) => [k, sum(rows.filter((r) => r.kind === k))]),
        ) as Record<DestinationKind, number>,
      };
    })
    .filter((t) => t.total > 0);

  return {
    filter,
    years,
    centres: input.centres,
    tiers,
    totals: totals(scopeRows),
    trustTotals: totals(trustRows),
    byTier,
    byCentre,
    centreGaps,
    byYear,
    byPathway,
    byGrade,
    byComponent,
    destinations: {
      total: sum(destinationRows),
      checkpoints: [...new Set(destinationRows.map((r) => r.checkpoint))],
      kinds,
      byTier: destinationsByTier,
    },
    // The records hold no sex, ethnicity, SEND or disadvantage data, so no such gap is shown.
    demographicsRecorded: false as const,
  };
}

export type AnalyticsOverview = ReturnType<typeof summariseAnalytics>;
