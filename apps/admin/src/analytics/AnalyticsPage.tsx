import {
  formatCount,
  Message,
  Page,
  QueryBoundary,
  SelectField,
  StatTile,
  StatTiles,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { AnalyticsOverview } from '../api-types.ts';
import { percent } from './format.ts';
import { ComponentSection, DestinationSection } from './GapSections.tsx';
import { PathwaySection } from './PathwaySection.tsx';
import { CentreSection, TierSection, YearSection } from './TierSections.tsx';

const route = getRouteApi('/analytics');

/** Figures across the partnership: per centre and trust-wide, by tier, pathway, component and year. */
export function AnalyticsPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const overview = useQuery({
    ...trpc.trust.analytics.overview.queryOptions({
      trustId: user.trustId,
      leavingYear: search.year,
      centreId: search.centre,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <Page
      title="Analytics"
      caption={user.trustName}
      description="Learners’ awards across your centres, from each learner’s current decision. Every table can be downloaded as CSV."
    >
      <QueryBoundary
        query={overview}
        loadingLabel="Counting learners…"
        errorTitle="Sorry, the analytics could not be loaded"
      >
        {(data) => (
          <>
            <form
              className="filters"
              aria-label="Choose what to count"
              onSubmit={(e) => e.preventDefault()}
            >
              <SelectField
                label="Cohort (leaving year)"
                value={search.year ? String(search.year) : ''}
                options={[
                  { value: '', label: 'All years' },
                  ...data.years.map((y) => ({ value: String(y), label: String(y) })),
                ]}
                onChange={(e) =>
                  navigate({
                    search: (s) => ({
                      ...s,
                      year: e.target.value ? Number(e.target.value) : undefined,
                    }),
                  })
                }
              />
              <SelectField
                label="Centre"
                hint="Compared with the whole trust"
                value={search.centre ?? ''}
                options={[
                  { value: '', label: 'Whole trust' },
                  ...data.centres.map((c) => ({ value: c.id, label: c.name })),
                ]}
                onChange={(e) =>
                  navigate({ search: (s) => ({ ...s, centre: e.target.value || undefined }) })
                }
              />
            </form>
            <p role="status" className="muted">
              {describeView(data)}
              {overview.isFetching ? ' Updating…' : ''}
            </p>
            {data.totals.learners === 0 ? (
              <Message tone="info" live="none" title="No learners to count">
                <p>There are no learners in this view yet. Choose another year or centre.</p>
              </Message>
            ) : (
              <Figures data={data} />
            )}
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}

function describeView(data: AnalyticsOverview) {
  const centre = data.centres.find((c) => c.id === data.filter.centreId)?.name;
  const year = data.filter.leavingYear
    ? `leavers of ${data.filter.leavingYear}`
    : 'all leaving years';
  return centre
    ? `Showing ${centre} (${year}), compared with the whole trust.`
    : `Showing the whole trust (${year}).`;
}

function Figures({ data }: { data: AnalyticsOverview }) {
  const centreName = data.centres.find((c) => c.id === data.filter.centreId)?.name ?? null;
  return (
    <>
      <StatTiles label="Totals in this view">
        <StatTile label="Learners" value={formatCount(data.totals.learners)} />
        <StatTile label="Decided" value={formatCount(data.totals.decided)} />
        <StatTile label="With an award" value={formatCount(data.totals.awarded)} />
        <StatTile label="Award rate (of decided)" value={percent(data.totals.awardedShare)} />
      </StatTiles>
      <TierSection data={data} centreName={centreName} />
      <CentreSection data={data} />
      <YearSection data={data} />
      <PathwaySection data={data} />
      <ComponentSection data={data} centreName={centreName} />
      <DestinationSection data={data} />
      <section aria-labelledby="demographics-heading">
        <h2 id="demographics-heading">Gaps between groups of learners</h2>
        <Message tone="info" live="none" title="No demographic data is recorded">
          <p>
            Bacc does not yet record learners’ sex, ethnicity, special educational needs or
            disadvantage, so gaps between those groups cannot be shown. The gaps above compare
            centres with the trust and pathways with each other.
          </p>
        </Message>
      </section>
    </>
  );
}
