import { Badge, type LearnerRow, type Tone } from '@bacc/ui';
import { SubmissionStatusBadge } from '../cohorts/SubmissionStatus.tsx';

/** The tier reached, as a badge; a learner with no decision yet says so. */
export function TierCell({ learner }: { learner: LearnerRow }) {
  const tone: Tone = learner.tier ? 'success' : 'neutral';
  return (
    <>
      <Badge tone={tone}>{learner.tierName ?? 'No award yet'}</Badge>
      {learner.nextTierName ? (
        <span className="cell-secondary">
          Next: {learner.nextTierName}
          {learner.gapSize ? ` (${learner.gapSize} to go)` : ''}
        </span>
      ) : null}
    </>
  );
}

export function PathwayCell({ learner }: { learner: LearnerRow }) {
  return learner.pathwayName ? (
    <span>{learner.pathwayName}</span>
  ) : (
    <span className="muted">Not decided</span>
  );
}

/** Whether the learner is with the trust (locked) or was returned. */
export function SubmissionCell({ learner }: { learner: LearnerRow }) {
  return learner.submissionStatus ? (
    <SubmissionStatusBadge status={learner.submissionStatus} />
  ) : (
    <span className="muted">Not submitted</span>
  );
}
