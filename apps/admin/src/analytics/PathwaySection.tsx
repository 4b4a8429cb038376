import { GroupedBarChart } from '@bacc/ui';
import type { AnalyticsOverview } from '../api-types.ts';
import { type FigureColumn, FigureTable } from './FigureTable.tsx';
import { gapText, percent, points } from './format.ts';

type Data = { data: AnalyticsOverview };
const pct = (v: number) => `${v}%`;

/** Awarded learners by pathway, and how each pathway's learners spread across the tiers. */
export function PathwaySection({ data }: Data) {
  type Row = AnalyticsOverview['byPathway'][number];
  const tiers = data.tiers.filter((t) => data.byPathway.some((p) => (p.tiers[t.key] ?? 0) > 0));
  const columns: Array<FigureColumn<Row>> = [
    { key: 'pathway', header: 'Pathway', value: (r) => r.label, rowHeader: true },
    { key: 'count', header: 'Learners with an award', value: (r) => r.count, numeric: true },
    {
      key: 'share',
      header: 'Share (%)',
      value: (r) => points(r.share),
      display: (r) => percent(r.share),
      numeric: true,
    },
    ...tiers.map((t) => ({
      key: `tier-${t.key}`,
      header: `${t.label} (% of pathway)`,
      value: (r: Row) => points(r.tierShares[t.key] ?? 0),
      display: (r: Row) => percent(r.tierShares[t.key] ?? 0),
      numeric: true,
    })),
  ];
  return (
    <section aria-labelledby="pathways-heading" className="stack">
      <h2 id="pathways-heading">By pathway</h2>
      {data.byPathway.length === 0 ? (
        <p>No learner in this view has an award yet, so there are no pathways to compare.</p>
      ) : (
        <>
          <GroupedBarChart
            title="Tier reached by pathway (% of the pathway’s awarded learners)"
            data={tiers.map((t) => ({
              label: t.label,
              ...Object.fromEntries(
                data.byPathway.map((p) => [p.key, points(p.tierShares[t.key] ?? 0)]),
              ),
            }))}
            series={data.byPathway.map((p) => ({ key: p.key, name: p.label }))}
            formatValue={pct}
          />
          <FigureTable
            caption="Awarded learners by pathway and tier"
            columns={columns}
            rows={data.byPathway}
            rowKey={(r) => r.key}
          />
          <PathwayGaps data={data} />
        </>
      )}
    </section>
  );
}

/** With two or more pathways: each tier's share in the first pathway minus that in each other. */
function PathwayGaps({ data }: Data) {
  const [first, ...others] = data.byPathway;
  if (!first || others.length === 0) return null;
  const tiers = data.tiers.filter((t) => data.byPathway.some((p) => (p.tiers[t.key] ?? 0) > 0));
  type Row = (typeof tiers)[number];
  const share = (p: typeof first, tier: string) => p.tierShares[tier] ?? 0;
  const columns: Array<FigureColumn<Row>> = [
    { key: 'tier', header: 'Tier', value: (t) => t.label, rowHeader: true },
    ...data.byPathway.map((p) => ({
      key: `share-${p.key}`,
      header: `${p.label} (%)`,
      value: (t: Row) => points(share(p, t.key)),
      display: (t: Row) => percent(share(p, t.key)),
      numeric: true,
    })),
    ...others.map((p) => ({
      key: `gap-${p.key}`,
      header: `${first.label} − ${p.label} (pp)`,
      value: (t: Row) => points(share(first, t.key) - share(p, t.key)),
      display: (t: Row) => gapText(share(first, t.key) - share(p, t.key)),
      numeric: true,
    })),
  ];
  return (
    <FigureTable
      caption="Gap between pathways at each tier"
      columns={columns}
      rows={tiers}
      rowKey={(t) => t.key}
    />
  );
}
