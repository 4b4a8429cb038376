import type { Decision } from '@bacc/schema';
import { Badge, type Column, Table } from '@bacc/ui';

type Requirement = Decision['requirements'][number];

const columns: Array<Column<Requirement>> = [
  { key: 'component', header: 'Component', rowHeader: true, cell: (r) => r.componentName },
  {
    key: 'met',
    header: 'Met',
    cell: (r) => (r.met ? <Badge tone="success">Met</Badge> : <Badge tone="danger">Not met</Badge>),
  },
  { key: 'value', header: 'Has', numeric: true, cell: (r) => r.value },
  { key: 'threshold', header: 'Needs', numeric: true, cell: (r) => r.threshold },
];

/** Tier, pathway and award grade, then each component of the tier against its threshold. */
export function DecisionSummary({ decision, caption }: { decision: Decision; caption: string }) {
  return (
    <>
      <dl className="decision-facts">
        <div>
          <dt>Tier awarded</dt>
          <dd className="decision-tier">{decision.tier?.name ?? 'No award yet'}</dd>
        </div>
        <div>
          <dt>Pathway</dt>
          <dd>{decision.pathway?.name ?? 'None'}</dd>
        </div>
        <div>
          <dt>Award grade</dt>
          <dd>{decision.awardGrade?.name ?? 'None'}</dd>
        </div>
      </dl>
      <Table
        caption={caption}
        columns={columns}
        rows={decision.requirements}
        rowKey={(r) => r.component}
      />
    </>
  );
}

/** The gap to the next tier in plain words, or that the top tier is reached. */
export function GapToNextTier({ decision, headingId }: { decision: Decision; headingId: string }) {
  const gap = decision.explanation?.gap;
  if (!gap)
    return (
      <p id={headingId} className="gap-none">
        {decision.tier
          ? 'This is the highest tier: nothing more is needed.'
          : 'No next tier to show.'}
      </p>
    );
  return (
    <div className="gap">
      <h3 id={headingId}>To reach {gap.tier.name}</h3>
      <ul aria-labelledby={headingId}>
        {gap.needs.map((n) => (
          <li key={`${n.component}:${n.text}`}>{n.text}</li>
        ))}
      </ul>
    </div>
  );
}
