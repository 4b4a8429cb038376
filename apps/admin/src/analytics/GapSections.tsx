import { EmptyState, formatCount, GroupedBarChart } from '@bacc/ui';
import type { AnalyticsOverview } from '../api-types.ts';
import { type FigureColumn, FigureTable } from './FigureTable.tsx';
import { gapText, percent, points } from './format.ts';

type Data = { data: AnalyticsOverview };

const KIND_LABELS: Record<string, string> = {
  education: 'Education',
  apprenticeship: 'Apprenticeship',
  employment: 'Employment',
  neet: 'Not in education, employment or training',
  unknown: 'Not known',
};

/** Components that most often stand between learners and their next tier. */
export function ComponentSection({ data, centreName }: Data & { centreName: string | null }) {
  type Row = AnalyticsOverview['byComponent'][number];
  const columns: Array<FigureColumn<Row>> = [
    { key: 'component', header: 'Component', value: (r) => r.label, rowHeader: true },
    {
      key: 'count',
      header: centreName ? 'Centre: learners' : 'Learners',
      value: (r) => r.count,
      numeric: true,
    },
    {
      key: 'share',
      header: 'Share of decided (%)',
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
        display: (r) => gapText(r.gap),
        numeric: true,
      },
    );
  return (
    <section aria-labelledby="components-heading" className="stack">
      <h2 id="components-heading">By component</h2>
      <p className="muted">
        Learners who still need a component to reach their next tier, counted once for each
        component they need.
      </p>
      {data.byComponent.length === 0 ? (
        <p>No learner in this view needs anything more for a higher tier.</p>
      ) : (
        <>
          <GroupedBarChart
            title="Learners held back from their next tier, by component"
            data={data.byComponent.map((c) => ({ label: c.label, learners: c.count }))}
            series={[{ key: 'learners', name: 'Learners' }]}
            formatValue={formatCount}
            horizontal
          />
          <FigureTable
            caption="Learners held back by component"
            columns={columns}
            rows={data.byComponent}
            rowKey={(r) => r.key}
          />
        </>
      )}
    </section>
  );
}

/** Where learners went, by the tier they left with. */
export function DestinationSection({ data }: Data) {
  type Row = AnalyticsOverview['destinations']['byTier'][number];
  const kinds = data.destinations.kinds;
  const columns: Array<FigureColumn<Row>> = [
    { key: 'tier', header: 'Tier', value: (r) => r.label, rowHeader: true },
    { key: 'total', header: 'Destinations recorded', value: (r) => r.total, numeric: true },
    ...kinds.map((k) => ({
      key: k,
      header: KIND_LABELS[k] ?? k,
      value: (r: Row) => r.kinds[k],
      numeric: true,
    })),
    { key: 'sustained', header: 'Sustained', value: (r) => r.sustained, numeric: true },
  ];
  return (
    <section aria-labelledby="destinations-heading" className="stack">
      <h2 id="destinations-heading">Destinations by tier</h2>
      {data.destinations.total === 0 ? (
        <EmptyState title="No destinations recorded yet">
          <p>
            Centres record where each leaver goes (education, an apprenticeship, employment, or not
            in education, employment or training) in the portal. They will be counted here by tier.
          </p>
        </EmptyState>
      ) : (
        <>
          <GroupedBarChart
            title="Destinations by tier"
            data={data.destinations.byTier.map((t) => ({
              label: t.label,
              ...Object.fromEntries(kinds.map((k) => [k, t.kinds[k]])),
            }))}
            series={kinds.map((k) => ({ key: k, name: KIND_LABELS[k] ?? k }))}
            formatValue={formatCount}
          />
          <FigureTable
            caption="Destinations by tier"
            columns={columns}
            rows={data.destinations.byTier}
            rowKey={(r) => r.key}
          />
        </>
      )}
    </section>
  );
}
