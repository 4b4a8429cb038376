import {
  EmptyState,
  formatCount,
  Page,
  plural,
  QueryBoundary,
  SearchBox,
  StatTile,
  StatTiles,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { AccreditationStatus } from './accreditationLabels.ts';
import { CentresTable } from './CentresTable.tsx';
import { centreTotals, filterCentres } from './centresSearch.ts';

const route = getRouteApi('/');

/** The trust's centres with headline counts: the first screen of the admin app. */
export function CentresPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const centres = useQuery(trpc.trust.centres.list.queryOptions({ trustId: user.trustId }));
  const statuses = useQuery(trpc.trust.accreditation.list.queryOptions({ trustId: user.trustId }));
  const accreditation = useMemo(
    () =>
      statuses.data
        ? new Map(statuses.data.map((r) => [r.centreId, r.status as AccreditationStatus]))
        : undefined,
    [statuses.data],
  );
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();

  return (
    <Page
      title="Centres"
      caption={user.trustName}
      description="The schools and colleges in your trust, with their learners and staff."
      actions={
        <div className="button-row">
          <Link className="button button-primary" to="/centres/new">
            Add a centre
          </Link>
          <Link className="button button-secondary" to="/accreditation">
            Accreditation
          </Link>
        </div>
      }
    >
      <QueryBoundary
        query={centres}
        loadingLabel="Loading centres…"
        errorTitle="Sorry, the centres could not be loaded"
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title="No centres yet">
            <p>
              Centres appear here when your trust accredits a school or college. Their learners and
              staff are counted once they are added.
            </p>
          </EmptyState>
        }
      >
        {(list) => {
          const totals = centreTotals(list);
          const shown = filterCentres(list, q);
          return (
            <>
              <StatTiles label="Trust totals">
                <StatTile label="Centres" value={formatCount(totals.centres)} />
                <StatTile label="Learners" value={formatCount(totals.learners)} />
                <StatTile label="Staff" value={formatCount(totals.staff)} />
              </StatTiles>
              <SearchBox
                label="Search centres"
                hint="By name, URN or town"
                value={q}
                onSearch={(value) => navigate({ search: value ? { q: value } : {} })}
              />
              <p role="status" className="muted">
                {q
                  ? `${plural(shown.length, 'centre')} of ${formatCount(list.length)} match “${q}”`
                  : `Showing all ${plural(list.length, 'centre')}`}
              </p>
              {shown.length === 0 ? (
                <EmptyState title="No centres match your search">
                  <p>Check the spelling, or search by the centre’s six-digit URN or its town.</p>
                </EmptyState>
              ) : (
                <CentresTable
                  centres={shown}
                  caption={`Centres in ${user.trustName}`}
                  accreditation={accreditation}
                />
              )}
            </>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
