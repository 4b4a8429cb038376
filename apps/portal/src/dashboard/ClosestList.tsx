import { EmptyState, learnerNames } from '@bacc/ui';
import { Link } from '@tanstack/react-router';

interface Closest {
  id: string;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
  tier: string;
  tierName: string;
  nextTierName: string;
  gapSize: number;
  needs: Array<{ component: string; componentName: string; text: string }>;
}

/** Learners nearest their next tier, smallest gap first, each with what they need in words. */
export function ClosestList({ learners, year }: { learners: Closest[]; year: number }) {
  if (learners.length === 0)
    return (
      <EmptyState title="Nobody is one step from a higher tier">
        <p>Every learner in this cohort has reached the top tier, or has no decision yet.</p>
      </EmptyState>
    );
  return (
    <ol className="closest-list">
      {learners.map((l) => {
        const first = l.needs[0];
        return (
          <li key={l.id} className="closest-item">
            <p className="closest-name">
              <Link to="/learners/$learnerId" params={{ learnerId: l.id }}>
                {learnerNames(l).display}
              </Link>{' '}
              <span className="muted">
                {l.tierName} → {l.nextTierName}, {l.gapSize} {l.gapSize === 1 ? 'need' : 'needs'}
              </span>
            </p>
            <ul className="closest-needs">
              {l.needs.map((n) => (
                <li key={`${n.component}:${n.text}`}>
                  <strong>{n.componentName}:</strong> {n.text}
                </li>
              ))}
            </ul>
            {first ? (
              <Link to="/" search={{ year, tier: l.tier, missing: first.component }}>
                All at {l.tierName} still needing {first.componentName}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
