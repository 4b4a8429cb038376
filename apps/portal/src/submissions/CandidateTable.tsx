import { Badge, learnerNames, Table, type Tone } from '@bacc/ui';
import { Link } from '@tanstack/react-router';

interface Candidate {
  id: string;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
  tierName: string | null;
  provisionalResults: number;
  blocker: 'submitted' | 'approved' | 'no_decision' | 'provisional' | null;
}

const why: Record<NonNullable<Candidate['blocker']>, [Tone, string]> = {
  submitted: ['info', 'Submitted: locked'],
  approved: ['success', 'Approved: locked'],
  no_decision: ['warning', 'No decision yet'],
  provisional: ['warning', 'Results provisional'],
};

export function CandidateTable({
  rows,
  year,
  chosen,
  selectable,
  onToggle,
}: {
  rows: Candidate[];
  year: number;
  chosen: ReadonlySet<string>;
  selectable: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <Table
      caption={`Learners leaving in ${year}`}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        ...(selectable
          ? [
              {
                key: 'choose',
                header: 'Choose',
                cell: (r: Candidate) => {
                  const name = learnerNames(r).display;
                  return r.blocker === null ? (
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={chosen.has(r.id)}
                      onChange={(event) => onToggle(r.id, event.target.checked)}
                      aria-label={`Choose ${name}`}
                    />
                  ) : (
                    <span className="muted">—</span>
                  );
                },
              },
            ]
          : []),
        {
          key: 'name',
          header: 'Name',
          rowHeader: true,
          cell: (r) => (
            <Link to="/learners/$learnerId" params={{ learnerId: r.id }}>
              {learnerNames(r).display}
            </Link>
          ),
        },
        { key: 'tier', header: 'Tier reached', cell: (r) => r.tierName ?? 'No award yet' },
        {
          key: 'status',
          header: 'Ready to submit?',
          cell: (r) => {
            if (r.blocker === null) return <Badge tone="success">Ready</Badge>;
            const [tone, text] = why[r.blocker];
            return (
              <>
                <Badge tone={tone}>{text}</Badge>
                {r.blocker === 'provisional' ? (
                  <span className="cell-secondary">
                    {r.provisionalResults} provisional{' '}
                    {r.provisionalResults === 1 ? 'result' : 'results'} to confirm
                  </span>
                ) : null}
              </>
            );
          },
        },
      ]}
    />
  );
}
