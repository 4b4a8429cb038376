import {
  type Column,
  EmptyState,
  Page,
  plural,
  QueryBoundary,
  SearchBox,
  SelectField,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { typeLabel } from './catalogueSearch.ts';
import type { CatalogueRow } from './types.ts';

const route = getRouteApi('/qualifications');

const columns: Array<Column<CatalogueRow>> = [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    cell: (q) => (
      <Link to="/qualifications/$qualificationId" params={{ qualificationId: q.id }}>
        {q.title}
      </Link>
    ),
  },
  { key: 'qn', header: 'QN', cell: (q) => <span className="mono nowrap">{q.qn ?? '—'}</span> },
  { key: 'type', header: 'Type', cell: (q) => typeLabel(q.type) },
  { key: 'level', header: 'Level', cell: (q) => q.level, numeric: true },
  { key: 'size', header: 'A levels', cell: (q) => q.sizeALevels ?? '—', numeric: true },
  { key: 'glh', header: 'GLH', cell: (q) => q.glh ?? '—', numeric: true },
  {
    key: 'category',
    header: 'Category',
    cell: (q) => (q.category === 'general' ? 'General' : 'Technical'),
  },
  {
    key: 'scale',
    header: 'Grade scale',
    cell: (q) => <span className="mono">{q.gradeScale}</span>,
  },
  { key: 'results', header: 'Results', cell: (q) => q.resultCount, numeric: true },
];

const levelOptions = [{ value: '', label: 'Any level' }].concat(
  [0, 1, 2, 3, 4, 5, 6, 7, 8].map((l) => ({
    value: String(l),
    label: l === 0 ? 'Entry' : `Level ${l}`,
  })),
);

/** The trust's qualification catalogue, searchable and filtered by type, level and category. */
export function QualificationsPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery(
    trpc.trust.catalogue.list.queryOptions({
      trustId: user.trustId,
      search: search.q,
      type: search.type,
      level: search.level,
      category: search.category,
    }),
  );
  const all = useQuery(trpc.trust.catalogue.list.queryOptions({ trustId: user.trustId }));
  const types = [...new Set((all.data ?? []).map((q) => q.type))].sort();
  const filtered = Boolean(
    search.q || search.type || search.level !== undefined || search.category,
  );

  return (
    <Page
      title="Qualifications"
      caption={user.trustName}
      description="The qualifications centres can record results in, with their size, grade scale and category."
      actions={
        <div className="button-row">
          <Link className="button button-primary" to="/qualifications/new">
            Add a qualification
          </Link>
          <Link className="button button-secondary" to="/qualifications/import">
            Import from CSV
          </Link>
          <Link className="button button-secondary" to="/qualifications/scales">
            Grade scales and points
          </Link>
        </div>
      }
    >
      <SearchBox
        label="Search qualifications"
        hint="By title, QN or subject"
        value={search.q ?? ''}
        onSearch={(q) => navigate({ search: (s) => ({ ...s, q: q || undefined }) })}
      />
      <div className="filters">
        <SelectField
          label="Type"
          value={search.type ?? ''}
          options={[
            { value: '', label: 'Any type' },
            ...types.map((t) => ({ value: t, label: typeLabel(t) })),
          ]}
          onChange={(e) =>
            navigate({ search: (s) => ({ ...s, type: e.target.value || undefined }) })
          }
        />
        <SelectField
          label="Level"
          value={search.level === undefined ? '' : String(search.level)}
          options={levelOptions}
          onChange={(e) =>
            navigate({
              search: (s) => ({
                ...s,
                level: e.target.value === '' ? undefined : Number(e.target.value),
              }),
            })
          }
        />
        <SelectField
          label="Category"
          value={search.category ?? ''}
          options={[
            { value: '', label: 'General and technical' },
            { value: 'general', label: 'General' },
            { value: 'technical', label: 'Technical' },
          ]}
          onChange={(e) =>
            navigate({
              search: (s) => ({
                ...s,
                category: (e.target.value || undefined) as 'general' | undefined,
              }),
            })
          }
        />
      </div>
      <QueryBoundary
        query={list}
        loadingLabel="Loading qualifications…"
        errorTitle="Sorry, the catalogue could not be loaded"
        isEmpty={(rows) => rows.length === 0}
        empty={
          filtered ? (
            <EmptyState title="No qualifications match">
              <p>Try fewer filters, or search by part of the title or the QN.</p>
            </EmptyState>
          ) : (
            <EmptyState title="The catalogue is empty">
              <p>Add qualifications one by one, or import a CSV file of them.</p>
            </EmptyState>
          )
        }
      >
        {(rows) => (
          <>
            <p role="status" className="muted">
              {plural(rows.length, 'qualification')}
              {filtered ? ' match your filters' : ' in the catalogue'}
            </p>
            <Table
              caption="Qualifications"
              captionHidden
              columns={columns}
              rows={rows}
              rowKey={(q) => q.id}
            />
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
