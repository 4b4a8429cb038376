import { type Column, formatCalendarDate, type LearnerRow, learnerNames, Table } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import { PathwayCell, SubmissionCell, TierCell } from './StandingCells.tsx';

function NotRecorded() {
  return <span className="muted">Not recorded</span>;
}

function LearnerName({ learner }: { learner: LearnerRow }) {
  const { display, legal } = learnerNames(learner);
  return (
    <>
      <Link to="/learners/$learnerId" params={{ learnerId: learner.id }}>
        {display}
      </Link>
      {legal ? <span className="cell-secondary">Legal name: {legal}</span> : null}
    </>
  );
}

const columns: Array<Column<LearnerRow>> = [
  { key: 'name', header: 'Name', cell: (l) => <LearnerName learner={l} />, rowHeader: true },
  {
    key: 'ids',
    header: 'ULN and UPN',
    cell: (l) => (
      <>
        {l.uln ? <span className="mono">{l.uln}</span> : <NotRecorded />}
        <span className="cell-secondary">
          UPN {l.upn ? <span className="mono">{l.upn}</span> : 'not recorded'}
        </span>
      </>
    ),
  },
  { key: 'dob', header: 'Date of birth', cell: (l) => formatCalendarDate(l.dateOfBirth) },
  { key: 'year', header: 'Leaving year', cell: (l) => l.leavingYear, numeric: true },
  { key: 'tier', header: 'Tier reached', cell: (l) => <TierCell learner={l} /> },
  { key: 'pathway', header: 'Pathway', cell: (l) => <PathwayCell learner={l} /> },
  { key: 'submission', header: 'Submission', cell: (l) => <SubmissionCell learner={l} /> },
];

export function LearnersTable({ learners, caption }: { learners: LearnerRow[]; caption: string }) {
  return <Table caption={caption} columns={columns} rows={learners} rowKey={(l) => l.id} />;
}
