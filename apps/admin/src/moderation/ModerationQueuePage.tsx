import {
  Badge,
  type Column,
  EmptyState,
  formatCalendarDate,
  formatCount,
  Page,
  QueryBoundary,
  SelectField,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { SubmissionSummary } from '../api-types.ts';
import { STATUS_LABELS, STATUS_TONES } from './labels.ts';
import { QUEUE_STATUSES, type QueueStatus } from './moderationSearch.ts';

const route = getRouteApi('/moderation');

const STATUS_OPTIONS: Record<QueueStatus, string> = {
  pending: 'Waiting for moderation',
  approved: 'Approved',
  returned: 'Returned',
  all: 'All submissions',
};

const columns: Array<Column<SubmissionSummary>> = [
  {
    key: 'centre',
    header: 'Centre',
    rowHeader: true,
    cell: (s) => (
      <Link to="/moderation/$submissionId" params={{ submissionId: s.id }}>
        {s.centreName}
        <span className="visually-hidden">: leavers of {s.leavingYear}</span>
      </Link>
    ),
  },
  { key: 'year', header: 'Leaving year', cell: (s) => s.leavingYear },
  { key: 'learners', header: 'Learners', cell: (s) => formatCount(s.learnerCount), numeric: true },
  {
    key: 'submitted',
    header: 'Submitted',
    cell: (s) => (
      <>
        {formatCalendarDate(s.submittedAt)}
        <span className="cell-secondary">by {s.submittedByName}</span>
      </>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    cell: (s) => <Badge tone={STATUS_TONES[s.status]}>{STATUS_LABELS[s.status]}</Badge>,
  },
];

/** The submissions centres have made for award, waiting ones first. */
export function ModerationQueuePage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { status = 'pending' } = route.useSearch();
  const navigate = route.useNavigate();
  const submissions = useQuery(
    trpc.trust.submissions.list.queryOptions({
      trustId: user.trustId,
      status: status === 'all' ? undefined : status,
    }),
  );
  return (
    <Page
      title="Moderation"
      caption={user.trustName}
      description="Submissions from centres. Sample and inspect learners’ decisions and evidence, then approve the submission for award or return it with comments."
    >
      <form
        className="filters"
        aria-label="Filter submissions"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label="Show"
          value={status}
          options={QUEUE_STATUSES.map((s) => ({ value: s, label: STATUS_OPTIONS[s] }))}
          onChange={(e) => {
            const next = e.target.value as QueueStatus;
            navigate({ search: next === 'pending' ? {} : { status: next } });
          }}
        />
      </form>
      <QueryBoundary
        query={submissions}
        loadingLabel="Loading submissions…"
        errorTitle="Sorry, the submissions could not be loaded"
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState
            title={status === 'pending' ? 'No submissions are waiting' : 'No submissions to show'}
          >
            <p>
              A centre admin submits a cohort for award from the centre portal. It appears here for
              moderation.
            </p>
          </EmptyState>
        }
      >
        {(list) => (
          <Table
            caption={`${STATUS_OPTIONS[status]} (${formatCount(list.length)})`}
            columns={columns}
            rows={list}
            rowKey={(s) => s.id}
          />
        )}
      </QueryBoundary>
    </Page>
  );
}
