import {
  Badge,
  type Column,
  EmptyState,
  formatCalendarDate,
  Page,
  QueryBoundary,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type AccreditationStatus, statusLabels, statusTones } from './accreditationLabels.ts';
import type { AccreditationRow } from './types.ts';

const columns: Array<Column<AccreditationRow>> = [
  {
    key: 'centre',
    header: 'Centre',
    rowHeader: true,
    cell: (r) => (
      <Link to="/centres/$centreId" params={{ centreId: r.centreId }}>
        {r.centreName}
      </Link>
    ),
  },
  { key: 'urn', header: 'URN', cell: (r) => <span className="mono">{r.urn}</span> },
  {
    key: 'status',
    header: 'Status',
    cell: (r) => (
      <Badge tone={statusTones[r.status as AccreditationStatus]}>
        {statusLabels[r.status as AccreditationStatus]}
      </Badge>
    ),
  },
  {
    key: 'until',
    header: 'Until',
    cell: (r) => (r.accreditedUntil ? formatCalendarDate(r.accreditedUntil) : '—'),
  },
  {
    key: 'conforms',
    header: 'Programme',
    cell: (r) => (r.conforms === null ? '—' : r.conforms ? 'Conforms' : 'Does not conform'),
  },
  { key: 'current', header: 'Can submit', cell: (r) => (r.current ? 'Yes' : 'No') },
];

/** Every centre's accreditation, applications awaiting review first. */
export function AccreditationListPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.trust.accreditation.list.queryOptions({ trustId: user.trustId }),
    refetchOnMount: 'always',
  });
  return (
    <Page
      title="Accreditation"
      caption={user.trustName}
      description="Centres apply with their own programme; the engine checks it against the national framework. Only a currently accredited centre can submit learners for award."
    >
      <QueryBoundary
        query={list}
        loadingLabel="Loading accreditation…"
        errorTitle="Sorry, accreditation could not be loaded"
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState title="No centres yet">
            <p>Add a centre first.</p>
          </EmptyState>
        }
      >
        {(rows) => {
          const sorted = [...rows].sort(
            (a, b) => Number(b.status === 'applied') - Number(a.status === 'applied'),
          );
          return (
            <Table
              caption="Centres and their accreditation"
              columns={columns}
              rows={sorted}
              rowKey={(r) => r.centreId}
            />
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
