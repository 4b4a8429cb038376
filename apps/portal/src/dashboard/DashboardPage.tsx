import {
  Card,
  EmptyState,
  FigureBarChart,
  formatCount,
  Page,
  QueryBoundary,
  StatTile,
  StatTiles,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { defaultLeavingYear, useCohorts } from '../cohorts/useCohorts.ts';
import { SubmissionsSummary } from '../submissions/SubmissionsSummary.tsx';
import { ClosestList } from './ClosestList.tsx';
import { CohortPicker } from './CohortPicker.tsx';
import { ComponentTable, FigureTable } from './FigureTables.tsx';

const route = getRouteApi('/dashboard');

/** One cohort at a glance: tiers, pathways, components and who is closest to the next tier. */
export function DashboardPage() {
  const { user } = useSession();
  const cohorts = useCohorts();
  const search = route.useSearch();
  return (
    <Page
      title="Cohort dashboard"
      caption={user.centreName ?? undefined}
      description="Where each leaving year stands against the award, from the decisions stored for every learner."
    >
      <QueryBoundary
        query={cohorts}
        loadingLabel="Loading cohorts…"
        errorTitle="Sorry, the cohorts could not be loaded"
        isEmpty={(data) => data.length === 0}
        empty={
          <EmptyState title="No cohorts yet" action={<Link to="/cohorts">Go to cohorts</Link>}>
            <p>A cohort is a leaving year pinned to a version of the award framework.</p>
          </EmptyState>
        }
      >
        {(list) => {
          const years = list.map((c) => c.leavingYear);
          const year =
            search.year !== undefined && years.includes(search.year)
              ? search.year
              : (defaultLeavingYear(years) as number);
          return (
            <>
              <CohortPicker years={years} current={year} />
              <CohortFigures year={year} />
            </>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}

function CohortFigures({ year }: { year: number }) {
  const { user } = useSession();
  const trpc = useTRPC();
  const dashboard = useQuery(
    trpc.centre.cohorts.dashboard.queryOptions({
      centreId: user.centreId as string,
      leavingYear: year,
    }),
  );
  return (
    <QueryBoundary
      query={dashboard}
      loadingLabel={`Loading the ${year} cohort…`}
      errorTitle={`Sorry, the ${year} cohort could not be loaded`}
    >
      {(d) => {
        const awarded = d.total - (d.tiers.find((t) => t.id === 'none')?.count ?? 0);
        return (
          <div className="stack">
            <h2>Leavers in {year}</h2>
            <p className="muted">
              Decided under {d.framework.name}, version {d.framework.versionNumber}.
            </p>
            <StatTiles label={`Leavers in ${year} in numbers`}>
              <StatTile
                label="Learners"
                value={
                  <Link to="/" search={{ year }}>
                    {formatCount(d.total)}
                  </Link>
                }
              />
              <StatTile
                label="With an award"
                value={`${formatCount(awarded)} (${d.total ? Math.round((awarded * 100) / d.total) : 0}%)`}
              />
              <StatTile
                label="No award yet"
                value={
                  <Link to="/" search={{ year, tier: 'none' }}>
                    {formatCount(d.total - awarded)}
                  </Link>
                }
              />
            </StatTiles>
            <SubmissionsSummary submissions={d.submissions} year={year} />
            <div className="dashboard-grid">
              <Card title="Progress by tier">
                <FigureBarChart
                  title={`Leavers in ${year} by tier reached`}
                  valueLabel="Learners"
                  data={d.tiers.map((t) => ({
                    label: t.name,
                    value: t.count,
                    note: `${t.percent}%`,
                  }))}
                  description="Each bar counts learners whose highest tier met is the one named."
                />
                <FigureTable
                  caption="Learners by tier"
                  figures={d.tiers}
                  year={year}
                  filter="tier"
                />
              </Card>
              <Card title="Components">
                <FigureBarChart
                  title={`Leavers in ${year} meeting each component`}
                  valueLabel="Learners who have met it"
                  bars="rows"
                  data={d.components.map((c) => ({
                    label: c.name,
                    value: c.met,
                    note: `${c.percentMet}%`,
                  }))}
                  description="Met: nothing more of it is needed for the learner’s next tier."
                />
                <ComponentTable components={d.components} year={year} />
              </Card>
            </div>
            <Card title="Pathways">
              <FigureTable
                caption="Learners by pathway"
                figures={d.pathways}
                year={year}
                filter="pathway"
              />
            </Card>
            <Card title="Closest to the next tier">
              <ClosestList learners={d.closest} year={year} />
            </Card>
          </div>
        );
      }}
    </QueryBoundary>
  );
}
