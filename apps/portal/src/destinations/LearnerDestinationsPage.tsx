import { destinationCheckpoints } from '@bacc/schema';
import { learnerNames, Message, Page, QueryBoundary, useSession, useTRPC } from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { DestinationForm } from './DestinationForm.tsx';

const route = getRouteApi('/destinations/$learnerId');

/** One leaver's destinations at every checkpoint, each edited on its own. */
export function LearnerDestinationsPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { learnerId } = route.useParams();
  const { checkpoint } = route.useSearch();
  const record = useQuery(
    trpc.centre.destinations.forLearner.queryOptions({
      centreId: user.centreId as string,
      learnerId,
    }),
  );
  const name = record.data ? learnerNames(record.data.learner).display : 'Learner';
  return (
    <Page title={`Destinations: ${name}`} caption={user.centreName ?? undefined} narrow>
      <p>
        <Link to="/destinations" search={{ checkpoint }}>
          Back to leavers with no known destination
        </Link>
      </p>
      <QueryBoundary
        query={record}
        loadingLabel="Loading destinations…"
        errorTitle="Sorry, this learner’s destinations could not be loaded"
      >
        {(data) => (
          <div className="stack">
            {!data.hasLeft ? (
              <Message tone="info" live="none" title="Not left yet">
                <p>
                  {name} leaves in {data.learner.leavingYear}. You can still record an intended
                  destination at leaving.
                </p>
              </Message>
            ) : null}
            {destinationCheckpoints.map((c) => (
              <DestinationForm
                key={c}
                learnerId={learnerId}
                checkpoint={c}
                current={data.destinations.find((d) => d.checkpoint === c) ?? null}
              />
            ))}
          </div>
        )}
      </QueryBoundary>
    </Page>
  );
}
