import {
  EmptyState,
  learnerNames,
  Page,
  Pagination,
  pageCount,
  QueryBoundary,
  rangeText,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { checkpointNames, kindNames } from './words.ts';

const route = getRouteApi('/destinations');
const PAGE_SIZE = 25;

/** Leavers with no known destination at a chosen checkpoint, to chase and record. */
export function DestinationsPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { checkpoint = 'at_leaving', year, page = 1 } = route.useSearch();
  const missing = useQuery(
    trpc.centre.destinations.missing.queryOptions(
      {
        centreId: user.centreId as string,
        checkpoint,
        leavingYear: year,
        page,
        pageSize: PAGE_SIZE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  return (
    <Page
      title="Destinations"
      caption={user.centreName ?? undefined}
      description="Where leavers went, at leaving and at later checkpoints. These leavers have no known destination yet."
    >
      <nav aria-label="Checkpoints" className="cohort-picker">
        <ul>
          {Object.entries(checkpointNames).map(([id, name]) => (
            <li key={id}>
              <Link
                to="/destinations"
                search={{ checkpoint: id as typeof checkpoint, year }}
                aria-current={id === checkpoint ? 'page' : undefined}
                className={id === checkpoint ? 'cohort-picker-current' : undefined}
              >
                {name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryBoundary
        query={missing}
        loadingLabel="Loading leavers…"
        errorTitle="Sorry, the leavers could not be loaded"
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyState title="Every leaver has a known destination here">
            <p>
              Nobody who has left is missing a destination{' '}
              {checkpointNames[checkpoint].toLowerCase()}.
            </p>
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <p role="status" className="muted">
              {rangeText(data.page, data.pageSize, data.total, 'leavers')} with no known destination{' '}
              {checkpointNames[checkpoint].toLowerCase()}
            </p>
            <Table
              caption={`Leavers with no known destination: ${checkpointNames[checkpoint].toLowerCase()}`}
              rows={data.items}
              rowKey={(l) => l.id}
              columns={[
                {
                  key: 'name',
                  header: 'Name',
                  rowHeader: true,
                  cell: (l) => learnerNames(l).display,
                },
                { key: 'year', header: 'Left in', numeric: true, cell: (l) => l.leavingYear },
                {
                  key: 'known',
                  header: 'Recorded',
                  cell: (l) =>
                    l.kind ? kindNames[l.kind] : <span className="muted">Nothing yet</span>,
                },
                {
                  key: 'record',
                  header: 'Action',
                  cell: (l) => (
                    <Link
                      to="/destinations/$learnerId"
                      params={{ learnerId: l.id }}
                      search={{ checkpoint }}
                    >
                      Record destination
                      <span className="visually-hidden"> for {learnerNames(l).display}</span>
                    </Link>
                  ),
                },
              ]}
            />
            <Pagination
              page={data.page}
              pageCount={pageCount(data.total, data.pageSize)}
              label="Leaver pages"
              renderLink={({ page: target, children, ...attrs }) => (
                <Link
                  to="/destinations"
                  search={(prev) => ({ ...prev, page: target > 1 ? target : undefined })}
                  {...attrs}
                >
                  {children}
                </Link>
              )}
            />
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
