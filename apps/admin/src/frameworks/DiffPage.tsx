import { Badge, EmptyState, Page, QueryBoundary, SelectField, useSession, useTRPC } from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { DiffResult, VersionSummary } from './types.ts';

const route = getRouteApi('/frameworks/diff');
const tones = { added: 'success', removed: 'danger', changed: 'warning' } as const;
const label = (v: VersionSummary) => `${v.name}, version ${v.versionNumber} (${v.status})`;

/** Any two versions side by side: what changed, in words. */
export function DiffPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const versions = useQuery(trpc.trust.frameworks.list.queryOptions({ trustId: user.trustId }));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = versions.data ?? [];
  const from = search.from ?? list[1]?.id ?? list[0]?.id;
  const to = search.to ?? list[0]?.id;
  const diff = useQuery({
    ...trpc.trust.frameworks.diff.queryOptions({
      trustId: user.trustId,
      fromId: from ?? '',
      toId: to ?? '',
    }),
    enabled: Boolean(from && to),
  });
  return (
    <Page
      title="Compare framework versions"
      caption={<Link to="/frameworks">Frameworks</Link>}
      description="Every rule, number and name that differs between two versions."
    >
      <QueryBoundary
        query={versions}
        loadingLabel="Loading framework versions…"
        errorTitle="Sorry, the framework versions could not be loaded"
        isEmpty={(l) => l.length === 0}
        empty={<EmptyState title="No versions to compare yet" />}
      >
        {(all) => (
          <>
            <div className="filters">
              <SelectField
                label="From"
                value={from ?? ''}
                options={all.map((v) => ({ value: v.id, label: label(v) }))}
                onChange={(e) => navigate({ search: { from: e.target.value, to } })}
              />
              <SelectField
                label="To"
                value={to ?? ''}
                options={all.map((v) => ({ value: v.id, label: label(v) }))}
                onChange={(e) => navigate({ search: { from, to: e.target.value } })}
              />
            </div>
            {from && to ? (
              <QueryBoundary
                query={diff}
                loadingLabel="Comparing…"
                errorTitle="Sorry, these versions could not be compared"
              >
                {(d) => <Changes diff={d} />}
              </QueryBoundary>
            ) : null}
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}

function Changes({ diff }: { diff: DiffResult }) {
  if (diff.changes.length === 0)
    return (
      <EmptyState title="These versions are the same">
        <p>No rule, number or name differs.</p>
      </EmptyState>
    );
  return (
    <section aria-labelledby="changes-title" className="stack">
      <h2 id="changes-title">
        {diff.changes.length === 1 ? '1 change' : `${diff.changes.length} changes`} from version{' '}
        {diff.from.versionNumber} to version {diff.to.versionNumber}
      </h2>
      <ul className="change-list">
        {diff.changes.map((c) => (
          <li key={`${c.change}:${c.path.join('/')}`}>
            <Badge tone={tones[c.change]}>{c.change}</Badge> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
