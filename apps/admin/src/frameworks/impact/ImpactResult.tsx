import {
  type Column,
  EmptyState,
  formatCount,
  GroupedBarChart,
  StatTile,
  StatTiles,
  Table,
} from '@bacc/ui';
import type { ImpactSummary } from '../types.ts';

type Centre = ImpactSummary['centres'][number];
type Example = Centre['examples'][number];
type Outcome = Example['from'];

const outcomeText = (o: Outcome) =>
  [o.tier ?? 'No award', o.pathway, o.awardGrade].filter(Boolean).join(' · ');
const directionWords = { up: 'Up', down: 'Down', across: 'Same tier' } as const;

const exampleColumns: Column<Example>[] = [
  { key: 'name', header: 'Learner', rowHeader: true, cell: (e) => e.name },
  { key: 'centre', header: 'Centre', cell: (e) => e.centreName },
  { key: 'from', header: 'Now', cell: (e) => outcomeText(e.from) },
  { key: 'to', header: 'Under this version', cell: (e) => outcomeText(e.to) },
  { key: 'direction', header: 'Change', cell: (e) => directionWords[e.direction] },
];

const centreColumns: Column<Centre>[] = [
  { key: 'name', header: 'Centre', rowHeader: true, cell: (c) => c.centreName },
  { key: 'learners', header: 'Learners', numeric: true, cell: (c) => formatCount(c.learners) },
  { key: 'changed', header: 'Would change', numeric: true, cell: (c) => formatCount(c.changed) },
  { key: 'up', header: 'Up', numeric: true, cell: (c) => formatCount(c.up) },
  { key: 'down', header: 'Down', numeric: true, cell: (c) => formatCount(c.down) },
  { key: 'across', header: 'Same tier', numeric: true, cell: (c) => formatCount(c.across) },
];

/** What the preview found: totals, tiers now and after, moves, and affected learners by centre. */
export function ImpactResult({ result }: { result: ImpactSummary }) {
  const affected = result.centres.filter((c) => c.changed > 0);
  return (
    <section className="stack" aria-labelledby="impact-result-title">
      <h2 id="impact-result-title">What would change</h2>
      <StatTiles label="Impact totals">
        <StatTile label="Learners decided" value={formatCount(result.learners)} />
        <StatTile label="Would change" value={formatCount(result.changed)} />
        <StatTile label="Up a tier" value={formatCount(result.up)} />
        <StatTile label="Down a tier" value={formatCount(result.down)} />
      </StatTiles>
      <p className="muted">
        Decided in {result.seconds.toFixed(1)} seconds. {result.tierChanges} tier,{' '}
        {result.pathwayChanges} pathway and {result.gradeChanges} award grade changes
        {result.undecided > 0
          ? `; ${formatCount(result.undecided)} learners have no stored decision yet and are not compared`
          : ''}
        .
      </p>
      <GroupedBarChart
        title="Learners by tier: now and under this version"
        data={result.tiers.map((t) => ({ label: t.tier, now: t.now, preview: t.preview }))}
        series={[
          { key: 'now', name: 'Now' },
          { key: 'preview', name: 'Under this version' },
        ]}
        formatValue={formatCount}
      />
      <Table
        caption="Learners by tier"
        columns={[
          { key: 'tier', header: 'Tier', rowHeader: true, cell: (t) => t.tier },
          { key: 'now', header: 'Now', numeric: true, cell: (t) => formatCount(t.now) },
          {
            key: 'preview',
            header: 'Under this version',
            numeric: true,
            cell: (t) => formatCount(t.preview),
          },
        ]}
        rows={result.tiers}
        rowKey={(t) => t.tier}
      />
      {result.changed === 0 ? (
        <EmptyState title="No learner’s award would change">
          <p>Every learner keeps the tier, pathway and award grade they have now.</p>
        </EmptyState>
      ) : (
        <>
          <Table
            caption="Tier moves"
            columns={[
              { key: 'from', header: 'From', rowHeader: true, cell: (m) => m.from },
              { key: 'to', header: 'To', cell: (m) => m.to },
              {
                key: 'count',
                header: 'Learners',
                numeric: true,
                cell: (m) => formatCount(m.count),
              },
            ]}
            rows={result.moves}
            rowKey={(m) => `${m.from}>${m.to}`}
          />
          <Table
            caption="By centre"
            columns={centreColumns}
            rows={result.centres}
            rowKey={(c) => c.centreId}
          />
          {affected.map((c) => (
            <Table
              key={c.centreId}
              caption={`Affected learners at ${c.centreName} (${c.examples.length < c.changed ? `${c.examples.length} examples of ${formatCount(c.changed)}` : formatCount(c.changed)})`}
              columns={exampleColumns}
              rows={c.examples}
              rowKey={(e) => e.learnerId}
            />
          ))}
        </>
      )}
    </section>
  );
}
