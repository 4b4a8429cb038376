import {
  Badge,
  formatCalendarDate,
  formatCount,
  Message,
  Page,
  QueryBoundary,
  StatTile,
  StatTiles,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { DecisionPanel } from './DecisionPanel.tsx';
import { LearnersTable } from './LearnersTable.tsx';
import { STATUS_LABELS, STATUS_TONES } from './labels.ts';
import { SamplePanel } from './SamplePanel.tsx';

const route = getRouteApi('/moderation/$submissionId');

/** One submission: its learners by tier, a reproducible sample to inspect, and the decision. */
export function SubmissionPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { submissionId } = route.useParams();
  const search = route.useSearch();
  const learners = useQuery(
    trpc.trust.moderation.learners.queryOptions({ trustId: user.trustId, submissionId }),
  );
  const title = learners.data
    ? `${learners.data.submission.centreName}: leavers of ${learners.data.submission.leavingYear}`
    : 'Submission';
  return (
    <Page
      title={title}
      caption={
        <Link to="/moderation" search={{}}>
          Moderation
        </Link>
      }
    >
      <QueryBoundary
        query={learners}
        loadingLabel="Loading the submission…"
        errorTitle="Sorry, the submission could not be loaded"
      >
        {({ submission, learners: rows, byTier }) => (
          <>
            <p>
              <Badge tone={STATUS_TONES[submission.status]}>
                {STATUS_LABELS[submission.status]}
              </Badge>{' '}
              Submitted {formatCalendarDate(submission.submittedAt)} by {submission.submittedByName}
              {submission.decidedAt
                ? `; decided ${formatCalendarDate(submission.decidedAt)} by ${submission.decidedByName ?? 'a trust admin'}`
                : ''}
              .
            </p>
            {submission.status === 'returned' && submission.comment ? (
              <Message tone="warning" live="none" title="Returned with this comment">
                <p>{submission.comment}</p>
              </Message>
            ) : null}
            <StatTiles label="Learners in this submission by tier">
              <StatTile label="Learners" value={formatCount(rows.length)} />
              {byTier.map((t) => (
                <StatTile
                  key={t.tier ?? 'none'}
                  label={t.tierName}
                  value={formatCount(t.learners)}
                />
              ))}
            </StatTiles>
            <SamplePanel submissionId={submissionId} population={rows.length} search={search} />
            <DecisionPanel
              submissionId={submissionId}
              centreName={submission.centreName}
              status={submission.status}
            />
            <section aria-labelledby="all-learners-heading" className="stack">
              <h2 id="all-learners-heading">All learners in the submission</h2>
              <LearnersTable
                caption={`Learners submitted by ${submission.centreName}`}
                submissionId={submissionId}
                learners={rows}
                page={search.page ?? 1}
                paged
              />
            </section>
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
