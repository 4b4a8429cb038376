import {
  Button,
  describeError,
  EmptyState,
  Message,
  Page,
  Pagination,
  pageCount,
  QueryBoundary,
  rangeText,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { csvFileName, downloadCsv, toCsv } from '../analytics/csv.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { auditFilter } from './auditSearch.ts';
import { changesText, fieldChanges } from './diff.ts';

const route = getRouteApi('/audit');
const PAGE_SIZE = 25;

/** Who did what, when, at which centre: the trust's own audit log, filtered, paged, exportable. */
export function AuditLogPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter = auditFilter(search);
  const facets = useQuery(trpc.trust.auditLog.facets.queryOptions({ trustId: user.trustId }));
  const centres = useQuery(trpc.trust.centres.list.queryOptions({ trustId: user.trustId }));
  const events = useQuery({
    ...trpc.trust.auditLog.list.queryOptions({
      trustId: user.trustId,
      filter,
      page: search.page ?? 1,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const [exporting, setExporting] = useState(false);
  const [exportNote, setExportNote] = useState<{ tone: 'warning' | 'danger'; text: string } | null>(
    null,
  );

  const exportCsv = async () => {
    setExporting(true);
    setExportNote(null);
    try {
      const result = await queryClient.fetchQuery(
        trpc.trust.auditLog.export.queryOptions({ trustId: user.trustId, filter }),
      );
      downloadCsv(
        csvFileName('audit log'),
        toCsv(
          ['When (UTC)', 'Who', 'Email', 'Action', 'Record type', 'Record id', 'Centre', 'Changes'],
          result.items.map((e) => [
            new Date(e.occurredAt).toISOString(),
            e.actorName,
            e.actorEmail,
            e.action,
            e.entity,
            e.entityId,
            e.centreName,
            changesText(fieldChanges(e.before, e.after)),
          ]),
        ),
      );
      if (result.truncated)
        setExportNote({
          tone: 'warning',
          text: `Only the newest ${result.limit.toLocaleString('en-GB')} events were exported. Narrow the filters to export the rest.`,
        });
    } catch (error) {
      setExportNote({ tone: 'danger', text: describeError(error) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page
      title="Audit log"
      caption={user.trustName}
      description="Every change to learner data and every award action in your trust, newest first. Times are in UTC."
    >
      <QueryBoundary
        query={facets}
        loadingLabel="Loading filters…"
        errorTitle="Sorry, the filters could not be loaded"
      >
        {(f) => (
          <AuditFilters
            key={JSON.stringify(search)}
            facets={f}
            centres={centres.data ?? []}
            search={search}
            onApply={(next) => navigate({ search: next })}
          />
        )}
      </QueryBoundary>
      <QueryBoundary
        query={events}
        loadingLabel="Loading events…"
        errorTitle="Sorry, the audit log could not be loaded"
        isEmpty={(p) => p.total === 0}
        empty={
          <EmptyState title="No events match these filters">
            <p>
              Widen the dates or clear a filter.{' '}
              <Link to="/audit" search={{}}>
                Show every event
              </Link>
            </p>
          </EmptyState>
        }
      >
        {(p) => {
          const pages = pageCount(p.total, p.pageSize);
          return (
            <>
              <div className="section-heading">
                <p role="status" className="muted">
                  {rangeText(p.page, p.pageSize, p.total, 'events')}
                  {events.isFetching ? ' Updating…' : ''}
                </p>
                <Button
                  variant="secondary"
                  size="small"
                  busy={exporting}
                  busyLabel="Preparing CSV…"
                  onClick={exportCsv}
                >
                  Download CSV of matching events
                </Button>
              </div>
              {exportNote ? (
                <Message tone={exportNote.tone} live="alert">
                  <p>{exportNote.text}</p>
                </Message>
              ) : null}
              <AuditTable caption="Audit events" events={p.items} />
              <Pagination
                page={p.page}
                pageCount={pages}
                label="Pages of audit events"
                renderLink={({ page, children, ...rest }) => (
                  <Link
                    to="/audit"
                    search={(s) => ({ ...s, page: page > 1 ? page : undefined })}
                    {...rest}
                  >
                    {children}
                  </Link>
                )}
              />
            </>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
