import {
  Badge,
  EmptyState,
  formatCalendarDate,
  QueryBoundary,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { AwardDetails } from './AwardDetails.tsx';
import { statusWords } from './words.ts';

/**
 * The learner's award: the current one in full (code, verify link, downloads, public choice),
 * and any earlier ones it replaced or that were revoked.
 */
export function AwardPanel({ learnerId }: { learnerId: string }) {
  const { user } = useSession();
  const centreId = user.centreId as string;
  const trpc = useTRPC();
  const awards = useQuery(
    trpc.centre.awards.list.queryOptions({ centreId, learnerId, pageSize: 20 }),
  );
  return (
    <section className="card award-panel" aria-labelledby="award-heading">
      <h2 id="award-heading">Award</h2>
      <QueryBoundary
        query={awards}
        loadingLabel="Loading the learner’s award…"
        errorTitle="Sorry, the award could not be loaded"
        isEmpty={(data) => data.awards.length === 0}
        empty={
          <EmptyState title="No award yet">
            <p>
              An award is issued when the trust approves a submission that includes this learner and
              their decision meets a tier.
            </p>
          </EmptyState>
        }
      >
        {({ awards: list }) => {
          const current = list.find((a) => a.status === 'valid') ?? list[0];
          const earlier = list.filter((a) => a !== current);
          return (
            <div className="stack">
              {current ? <AwardDetails centreId={centreId} awardId={current.id} /> : null}
              {earlier.length > 0 ? (
                <>
                  <h3>Earlier awards</h3>
                  <ul>
                    {earlier.map((a) => (
                      <li key={a.id}>
                        <Badge tone={statusWords[a.status].tone}>
                          {statusWords[a.status].label}
                        </Badge>{' '}
                        {a.tier}, issued {formatCalendarDate(a.issuedOn)}
                        {a.revokedReason ? `: ${a.revokedReason}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          );
        }}
      </QueryBoundary>
    </section>
  );
}
