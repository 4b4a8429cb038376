import {
  EmptyState,
  Page,
  Pagination,
  pageCount,
  QueryBoundary,
  rangeText,
  SelectField,
  Table,
  useSession,
  useTRPC,
  WrongArea,
} from '@bacc/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { actionWords } from './auditSearch.ts';
import { ChangeList } from './ChangeList.tsx';

const route = getRouteApi('/activity');
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A centre admin's view of the audit log: who changed what, when, field by field. */
export function ActivityLogPage() {
  const { user } = useSession();
  if (user.role !== 'centre_admin')
    return (
      <WrongArea
        title="Only centre administrators can see the activity log"
        message="Ask your centre administrator if you need to know who changed a record."
        href="/portal/"
        linkText="Go to the learners list"
      />
    );
  return <ActivityLog />;
}

function ActivityLog() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { learner, action, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const log = useQuery(
    trpc.centre.audit.list.queryOptions(
      { centreId: user.centreId as string, learnerId: learner, action, page, pageSize: 25 },
      { placeholderData: keepPreviousData },
    ),
  );
  return (
    <Page
      title="Activity log"
      caption={user.centreName ?? undefined}
      description="Every change to your centre’s records: who made it, when, and what changed."
    >
      <QueryBoundary
        query={log}
        loadingLabel="Loading the activity log…"
        errorTitle="Sorry, the activity log could not be loaded"
      >
        {(data) => (
          <>
            <div className="filters">
              <SelectField
                id="audit-action"
                label="Action"
                value={action ?? ''}
                onChange={(event) =>
                  navigate({
                    search: (prev) => ({
                      ...prev,
                      action: event.target.value || undefined,
                      page: undefined,
                    }),
                  })
                }
                options={[
                  { value: '', label: 'All actions' },
                  ...data.actions.map((a) => ({ value: a, label: actionWords(a) })),
                ]}
              />
              {learner ? (
                <p>
                  Showing one learner’s records.{' '}
                  <Link
                    to="/activity"
                    search={(prev) => ({ ...prev, learner: undefined, page: undefined })}
                  >
                    Show every learner
                  </Link>
                </p>
              ) : null}
            </div>
            {data.total === 0 ? (
              <EmptyState title="Nothing recorded that matches">
                <p>Changes appear here as soon as anyone makes them.</p>
              </EmptyState>
            ) : (
              <>
                <p role="status" className="muted">
                  {rangeText(data.page, data.pageSize, data.total, 'events')}
                </p>
                <Table
                  caption="Activity, newest first"
                  rows={data.items}
                  rowKey={(e) => String(e.id)}
                  columns={[
                    {
                      key: 'when',
                      header: 'When',
                      rowHeader: true,
                      cell: (e) => when.format(new Date(e.occurredAt)),
                    },
                    { key: 'who', header: 'Who', cell: (e) => e.actor },
                    { key: 'action', header: 'Action', cell: (e) => actionWords(e.action) },
                    {
                      key: 'record',
                      header: 'Learner',
                      cell: (e) =>
                        e.learnerId ? (
                          <Link to="/activity" search={{ learner: e.learnerId, action }}>
                            {e.learnerName ?? 'A removed learner'}
                            <span className="visually-hidden">: show only their records</span>
                          </Link>
                        ) : (
                          <span className="muted">{actionWords(e.entity)}</span>
                        ),
                    },
                    {
                      key: 'changes',
                      header: 'What changed',
                      cell: (e) => <ChangeList changes={e.changes} />,
                    },
                  ]}
                />
                <Pagination
                  page={data.page}
                  pageCount={pageCount(data.total, data.pageSize)}
                  label="Activity pages"
                  renderLink={({ page: target, children, ...attrs }) => (
                    <Link
                      to="/activity"
                      search={(prev) => ({ ...prev, page: target > 1 ? target : undefined })}
                      {...attrs}
                    >
                      {children}
                    </Link>
                  )}
                />
              </>
            )}
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
