import {
  Badge,
  Button,
  EmptyState,
  formatCalendarDate,
  Page,
  Pagination,
  pageCount,
  QueryBoundary,
  rangeText,
  SelectField,
  Table,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { AwardStatus, AwardsSearch } from './awardsSearch.ts';
import { awardSummary, learnerLabel, statusWords } from './words.ts';

const route = getRouteApi('/awards');
const PAGE_SIZE = 25;

/** Every award of the trust, newest first, by centre, status or learner name. */
export function AwardsPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const centres = useQuery(trpc.trust.centres.list.queryOptions({ trustId: user.trustId }));
  const page = search.page ?? 1;
  const awards = useQuery({
    ...trpc.trust.awards.list.queryOptions({
      trustId: user.trustId,
      centreId: search.centre,
      status: search.status,
      search: search.q,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(search.centre || search.status || search.q);

  return (
    <Page
      title="Awards"
      caption={user.trustName}
      description="Every award issued in your trust, newest first. Open one to revoke or reissue it."
    >
      <AwardFilters
        key={JSON.stringify(search)}
        centres={centres.data ?? []}
        search={search}
        onApply={(next) => navigate({ search: next })}
      />
      <QueryBoundary
        query={awards}
        loadingLabel="Loading awards…"
        errorTitle="Sorry, the awards could not be loaded"
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyState title={filtered ? 'No awards match these filters' : 'No awards yet'}>
            {filtered ? (
              <p>
                <Link to="/awards" search={{}}>
                  Show every award
                </Link>
              </p>
            ) : (
              <p>Awards are issued when you approve a centre’s submission in Moderation.</p>
            )}
          </EmptyState>
        }
      >
        {(data) => (
          <>
            <p role="status" className="muted">
              {rangeText(page, PAGE_SIZE, data.total, 'awards')}
              {awards.isFetching ? ' Updating…' : ''}
            </p>
            <Table
              caption="Awards"
              rows={data.awards}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'learner',
                  header: 'Learner',
                  rowHeader: true,
                  cell: (a) => (
                    <Link to="/awards/$awardId" params={{ awardId: a.id }}>
                      {learnerLabel(a.learnerName)}
                    </Link>
                  ),
                },
                { key: 'centre', header: 'Centre', cell: (a) => a.centreName },
                { key: 'award', header: 'Award', cell: (a) => awardSummary(a) },
                { key: 'issued', header: 'Issued', cell: (a) => formatCalendarDate(a.issuedOn) },
                {
                  key: 'status',
                  header: 'Status',
                  cell: (a) => {
                    const words = statusWords[a.status as AwardStatus];
                    return <Badge tone={words.tone}>{words.label}</Badge>;
                  },
                },
                {
                  key: 'code',
                  header: 'Code',
                  cell: (a) => <span className="mono">{a.verificationCode}</span>,
                },
              ]}
            />
            <Pagination
              page={page}
              pageCount={pageCount(data.total, PAGE_SIZE)}
              label="Pages of awards"
              renderLink={({ page: target, children, ...rest }) => (
                <Link
                  to="/awards"
                  search={{ ...search, page: target > 1 ? target : undefined }}
                  {...rest}
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

function AwardFilters({
  centres,
  search,
  onApply,
}: {
  centres: ReadonlyArray<{ id: string; name: string }>;
  search: AwardsSearch;
  onApply: (next: AwardsSearch) => void;
}) {
  const [draft, setDraft] = useState<AwardsSearch>(search);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q?.trim() || undefined, page: undefined });
  };
  return (
    <form onSubmit={apply} aria-label="Filter the awards" noValidate>
      <div className="filters">
        <SelectField
          label="Centre"
          value={draft.centre ?? ''}
          options={[
            { value: '', label: 'Any centre' },
            ...centres.map((c) => ({ value: c.id, label: c.name })),
          ]}
          onChange={(e) => setDraft((d) => ({ ...d, centre: e.target.value || undefined }))}
        />
        <SelectField
          label="Status"
          value={draft.status ?? ''}
          options={[
            { value: '', label: 'Any status' },
            { value: 'valid', label: 'Valid' },
            { value: 'revoked', label: 'Revoked' },
            { value: 'superseded', label: 'Superseded' },
          ]}
          onChange={(e) =>
            setDraft((d) => ({ ...d, status: (e.target.value || undefined) as AwardStatus }))
          }
        />
        <TextField
          label="Learner name"
          value={draft.q ?? ''}
          maxLength={100}
          onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
        />
      </div>
      <div className="form-actions">
        <Button type="submit">Apply filters</Button>
        <Link to="/awards" search={{}}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
