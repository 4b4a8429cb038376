import { formatCount, GroupedBarChart } from '@bacc/ui';
import type { AnalyticsOverview } from '../api-types.ts';
import { type FigureColumn, FigureTable } from './FigureTable.tsx';
import { gapText, percent, points } from './format.ts';

type Data = { data: AnalyticsOverview };
const pct = (v: number) => `${v}%`;
const gapClass = (gap: number | null) =>
  gap === null || Math.abs(gap) < 0.0005 ? undefined : gap > 0 ? 'gap-up' : 'gap-down';

/** Learners by tier: counts, or the centre's shares beside the trust's with the gap between. */
export function TierSection({ data, centreName }: Data & { centreName: string | null }) {
  type Row = AnalyticsOverview['byTier'][number];
  const rows = data.byTier.filter((t) => t.count > 0 || t.trustCount > 0);
  const columns: Array<FigureColumn<Row>> = [
    { key: 'tier', header: 'Tier', value: (r) => r.label, rowHeader: true },
    {
      key: 'count',
      header: centreName ? 'Centre: learners' : 'Learners',
      value: (r) => r.count,
      numeric: true,
    },
    {
      key: 'share',
      header: centreName ? 'Centre: share (%)' : 'Share (%)',
      value: (r) => points(r.share),
      display: (r) => percent(r.share),
      numeric: true,
    },
  ];
  if (centreName)
    columns.push(
      { key: 'trust', header: 'Trust: learners', value: (r) => r.trustCount, numeric: true },
      {
        key: 'trustShare',
        header: 'Trust: share (%)',
        value: (r) => points(r.trustShare),
        display: (r) => percent(r.trustShare),
        numeric: true,
      },
      {
        key: 'gap',
        header: 'Gap (pp)',
        value: (r) => points(r.gap),
        display: (r) => <span className={gapClass(r.gap)}>{gapText(r.gap)}</span>,
        numeric: true,
      },
    );
  return (
    <section aria-labelledby="tiers-heading" className="stack">
      <h2 id="tiers-heading">By tier</h2>
      {centreName ? (
        <p className="muted">
          Gap: {centreName}’s share minus the whole trust’s, in percentage points (pp).
        </p>
      ) : null}
      {centreName ? (
        <GroupedBarChart
          title={`Share of learners at each tier: ${centreName} and the trust`}
          data={rows.map((r) => ({
            label: r.label,
            centre: points(r.share),
            trust: points(r.trustShare),
          }))}
          series={[
            { key: 'centre', name: centreName },
            { key: 'trust', name: 'Whole trust' },
          ]}
          formatValue={pct}
        />
      ) : (
        <GroupedBarChart
          title="Learners at each tier"
          data={rows.map((r) => ({ label: r.label, learners: r.count }))}
          series={[{ key: 'learners', name: 'Learners' }]}
          formatValue={formatCount}
        />
      )}
      <FigureTable
        caption={centreName ? `Learners by tier: ${centreName} and the trust` : 'Learners by tier'}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </section>
  );
}

/** Each centre's award rate against the trust's, and its learners at each tier. */
export function CentreSection({ data }: Data) {
  type Row = AnalyticsOverview['byCentre'][number];
  const gaps = new Map(data.centreGaps.map((g) => [g.centreId, g.gap]));
  const tiers = data.tiers.filter((t) => data.byCentre.some((c) => (c.tiers[t.key] ?? 0) > 0));
  const columns: Array<FigureColumn<Row>> = [
    { key: 'centre', header: 'Centre', value: (r) => r.centreName, rowHeader: true },
    { key: 'learners', header: 'Learners', value: (r) => r.learners, numeric: true },
    { key: 'decided', header: 'Decided', value: (r) => r.decided, numeric: true },
    { key: 'awarded', header: 'With an award', value: (r) => r.awarded, numeric: true },
    {
      key: 'rate',
      header: 'Award rate (%)',
      value: (r) => points(r.awardedShare),
      display: (r) => percent(r.awardedShare),
      numeric: true,
    },
    {
      key: 'gap',
      header: 'Gap to trust (pp)',
      value: (r) => points(gaps.get(r.centreId) ?? null),
      display: (r) => gapText(gaps.get(r.centreId) ?? null),
      numeric: true,
    },
    ...tiers.map((t) => ({
      key: `tier-${t.key}`,
      header: t.label,
      value: (r: Row) => r.tiers[t.key] ?? 0,
      numeric: true,
    })),
  ];
  return (
    <section aria-labelledby="centres-heading" className="stack">
      <h2 id="centres-heading">By centre</h2>
      <p className="muted">
        Trust award rate {percent(data.trustTotals.awardedShare)} of decided learners
        {data.filter.leavingYear ? ` leaving in ${data.filter.leavingYear}` : ''}. Gap to trust: a
        centre’s award rate minus the trust’s, in percentage points (pp).
      </p>
      <GroupedBarChart
        title="Award rate by centre (% of decided learners)"
        data={data.byCentre.map((c) => ({ label: c.centreName, rate: points(c.awardedShare) }))}
        series={[{ key: 'rate', name: 'Award rate' }]}
        formatValue={pct}
      />
      <FigureTable
        caption="Learners by centre"
        columns={columns}
        rows={data.byCentre}
        rowKey={(r) => r.centreId}
      />
    </section>
  );
}

/** Learners at each tier by cohort (leaving year), for the chosen centre or the trust. */
export function YearSection({ data }: Data) {
  type Row = AnalyticsOverview['byYear'][number];
  const tiers = data.tiers.filter((t) => data.byYear.some((y) => (y.tiers[t.key] ?? 0) > 0));
  const columns: Array<FigureColumn<Row>> = [
    { key: 'year', header: 'Leaving year', value: (r) => r.leavingYear, rowHeader: true },
    { key: 'learners', header: 'Learners', value: (r) => r.learners, numeric: true },
    ...tiers.map((t) => ({
      key: `tier-${t.key}`,
      header: t.label,
      value: (r: Row) => r.tiers[t.key] ?? 0,
      numeric: true,
    })),
    {
      key: 'rate',
      header: 'Award rate (%)',
      value: (r) => points(r.awardedShare),
      display: (r) => percent(r.awardedShare),
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="years-heading" className="stack">
      <h2 id="years-heading">By cohort year</h2>
      <GroupedBarChart
        title="Learners at each tier by leaving year"
        data={data.byYear.map((y) => ({
          label: String(y.leavingYear),
          ...Object.fromEntries(tiers.map((t) => [t.key, y.tiers[t.key] ?? 0])),
        }))}
        series={tiers.map((t) => ({ key: t.key, name: t.label }))}
        formatValue={formatCount}
      />
      <FigureTable
        caption="Learners by cohort year and tier"
        columns={columns}
        rows={data.byYear}
        rowKey={(r) => String(r.leavingYear)}
      />
    </section>
  );
}
