import {
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
import { NewDraftForm } from './NewDraftForm.tsx';
import type { VersionSummary } from './types.ts';
import { StatusBadge } from './versionStatus.tsx';

const when = (d: Date | string | null) =>
  d ? formatCalendarDate(new Date(d).toISOString().slice(0, 10)) : '—';

const columns: Column<VersionSummary>[] = [
  {
    key: 'name',
    header: 'Framework',
    rowHeader: true,
    cell: (v) => (
      <Link to="/frameworks/$versionId" params={{ versionId: v.id }}>
        {v.name}, version {v.versionNumber}
      </Link>
    ),
  },
  { key: 'status', header: 'Status', cell: (v) => <StatusBadge status={v.status} /> },
  { key: 'created', header: 'Created', cell: (v) => when(v.createdAt) },
  { key: 'published', header: 'Published', cell: (v) => when(v.publishedAt) },
  { key: 'retired', header: 'Retired', cell: (v) => when(v.retiredAt) },
  {
    key: 'cohorts',
    header: 'Cohorts pinned',
    numeric: true,
    cell: (v) => String(v.cohortCount ?? 0),
  },
  {
    key: 'hash',
    header: 'Hash',
    cell: (v) =>
      v.definitionHash ? (
        <span className="mono" title={v.definitionHash}>
          {v.definitionHash.slice(7, 19)}
        </span>
      ) : (
        <span className="muted">Not published</span>
      ),
  },
];

/** Every version of the trust's frameworks, and where a new draft starts. */
export function FrameworksPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const versions = useQuery(trpc.trust.frameworks.list.queryOptions({ trustId: user.trustId }));
  return (
    <Page
      title="Frameworks"
      caption={user.trustName}
      description="The award’s rules as versions: edit a draft, preview its impact on every learner, then publish it. Published versions never change."
      actions={
        <Link to="/frameworks/diff" className="button button-secondary">
          Compare versions
        </Link>
      }
    >
      <QueryBoundary
        query={versions}
        loadingLabel="Loading framework versions…"
        errorTitle="Sorry, the framework versions could not be loaded"
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title="No framework versions yet">
            <p>Start a draft from one of the reference frameworks below.</p>
          </EmptyState>
        }
      >
        {(list) => (
          <Table caption="Framework versions" columns={columns} rows={list} rowKey={(v) => v.id} />
        )}
      </QueryBoundary>
      <NewDraftForm versions={versions.data ?? []} />
    </Page>
  );
}
