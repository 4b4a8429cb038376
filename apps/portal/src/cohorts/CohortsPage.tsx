import { EmptyState, Page, QueryBoundary, Table, useSession } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import { CohortCertificatesDownload } from '../awards/CohortCertificatesDownload.tsx';
import { NewCohortForm } from './NewCohortForm.tsx';
import { SubmissionStatusBadge } from './SubmissionStatus.tsx';
import { useCohorts } from './useCohorts.ts';

/** The centre's leaving years, each pinned to a framework version, with its submission status. */
export function CohortsPage() {
  const { user } = useSession();
  const cohorts = useCohorts();
  return (
    <Page
      title="Cohorts"
      caption={user.centreName ?? undefined}
      description="Each leaving year is decided under one published version of the award framework."
    >
      <QueryBoundary
        query={cohorts}
        loadingLabel="Loading cohorts…"
        errorTitle="Sorry, the cohorts could not be loaded"
        isEmpty={(data) => data.length === 0}
        empty={
          <EmptyState title="No cohorts yet">
            <p>Open a cohort for a leaving year to decide its learners.</p>
          </EmptyState>
        }
      >
        {(rows) => (
          <Table
            caption="Cohorts by leaving year"
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'year',
                header: 'Leaving year',
                rowHeader: true,
                cell: (c) => (
                  <Link to="/dashboard" search={{ year: c.leavingYear }}>
                    Leavers {c.leavingYear}
                  </Link>
                ),
              },
              {
                key: 'framework',
                header: 'Framework',
                cell: (c) => `${c.frameworkName}, version ${c.frameworkVersionNumber}`,
              },
              {
                key: 'learners',
                header: 'Learners',
                numeric: true,
                cell: (c) => (
                  <Link to="/" search={{ year: c.leavingYear }}>
                    {c.learnerCount}
                  </Link>
                ),
              },
              {
                key: 'awarded',
                header: 'With an award',
                numeric: true,
                cell: (c) => c.awardedCount,
              },
              {
                key: 'submission',
                header: 'Latest submission',
                cell: (c) => {
                  const latest = c.submissions[0];
                  if (!latest) return <span className="muted">None yet</span>;
                  return (
                    <>
                      <SubmissionStatusBadge status={latest.status} />
                      {latest.status === 'returned' && latest.comment ? (
                        <span className="cell-secondary">Trust’s comment: {latest.comment}</span>
                      ) : null}
                    </>
                  );
                },
              },
              {
                key: 'certificates',
                header: 'Certificates',
                cell: (c) => (
                  <CohortCertificatesDownload
                    cohortId={c.id}
                    leavingYear={c.leavingYear}
                    approved={c.submissions.some((s) => s.status === 'approved')}
                  />
                ),
              },
            ]}
          />
        )}
      </QueryBoundary>
      {user.role === 'centre_admin' ? <NewCohortForm /> : null}
    </Page>
  );
}
