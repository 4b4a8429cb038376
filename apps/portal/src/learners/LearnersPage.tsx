import {
  EmptyState,
  LoadingState,
  Page,
  Pagination,
  pageCount,
  QueryBoundary,
  rangeText,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { frameworkLabels, useCohorts } from '../cohorts/useCohorts.ts';
import { LearnerFilters } from './LearnerFilters.tsx';
import { LearnersTable } from './LearnersTable.tsx';
import { PAGE_SIZE } from './learnersSearch.ts';

const route = getRouteApi('/');

/** The centre's learners, searchable, filterable by leaving year and standing, paged: all in the URL. */
export function LearnersPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { q = '', year, tier, missing, pathway, page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const centreId = user.centreId as string;
  const learners = useQuery(
    trpc.centre.learners.list.queryOptions(
      {
        centreId,
        search: q || undefined,
        leavingYear: year,
        tier,
        missing,
        pathway,
        page,
        pageSize: PAGE_SIZE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const filtered = q !== '' || [year, tier, missing, pathway].some((v) => v !== undefined);
  // Leaving years and standings on offer are the centre's real cohorts and their frameworks.
  const cohorts = useCohorts();
  const labels = frameworkLabels(cohorts.data ?? []);
  const years = (cohorts.data ?? []).map((c) => c.leavingYear);
  if (year !== undefined && !years.includes(year)) years.push(year);

  // After moving to another page of results, start reading from the results summary.
  const summary = useRef<HTMLParagraphElement>(null);
  const firstPage = useRef(page);
  useEffect(() => {
    if (firstPage.current === page) return;
    firstPage.current = page;
    summary.current?.focus();
  }, [page]);

  return (
    <Page
      title="Learners"
      caption={user.centreName ?? undefined}
      description="Everyone on roll who will receive an award when they leave."
      actions={
        <Link to="/learners/new" className="button button-primary">
          Add a learner
        </Link>
      }
    >
      <LearnerFilters
        q={q}
        year={year}
        tier={tier}
        missing={missing}
        pathway={pathway}
        choices={{
          years: years.sort((a, b) => b - a),
          tiers: [
            { value: 'none', label: 'No award yet' },
            ...labels.tiers.map((t) => ({ value: t.id, label: t.name })),
          ],
          components: labels.components.map((c) => ({ value: c.id, label: c.name })),
          pathways: labels.pathways.map((p) => ({ value: p.id, label: p.name })),
        }}
        onApply={(next) =>
          navigate({ search: { ...next, q: next.q || undefined, page: undefined } })
        }
      />
      <QueryBoundary
        query={learners}
        loadingLabel="Loading learners…"
        errorTitle="Sorry, the learners could not be loaded"
        isEmpty={(data) => data.total === 0}
        empty={
          filtered ? (
            <EmptyState
              title="No learners match your search"
              action={<Link to="/">Clear search and filters</Link>}
            >
              <p>
                Check the spelling of the name, or enter a full 10-digit ULN or 13-character UPN.
              </p>
            </EmptyState>
          ) : (
            <EmptyState title="No learners yet">
              <p>Learners appear here once your centre adds or imports them.</p>
            </EmptyState>
          )
        }
      >
        {(data) => {
          const pages = pageCount(data.total, data.pageSize);
          return (
            <>
              <p ref={summary} tabIndex={-1} role="status" className="muted">
                {rangeText(data.page, data.pageSize, data.total, 'learners')}
                {filtered ? ' matching your search' : ''}
              </p>
              {learners.isPlaceholderData ? <LoadingState label="Updating the list…" /> : null}
              {data.items.length === 0 ? (
                <EmptyState
                  title={`There is no page ${data.page}`}
                  action={
                    <Link
                      to="/"
                      search={(prev) => ({ ...prev, page: pages > 1 ? pages : undefined })}
                    >
                      Go to the last page
                    </Link>
                  }
                />
              ) : (
                <LearnersTable
                  learners={data.items}
                  caption={`Learners${user.centreName ? ` at ${user.centreName}` : ''}, page ${data.page} of ${pages}`}
                />
              )}
              <Pagination
                page={data.page}
                pageCount={pages}
                label="Learner pages"
                renderLink={({ page: target, children, ...attrs }) => (
                  <Link
                    to="/"
                    search={(prev) => ({ ...prev, page: target > 1 ? target : undefined })}
                    {...attrs}
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
