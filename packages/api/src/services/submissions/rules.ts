import { displayName } from '../cohorts/actor.ts';

export interface Candidate {
  id: string;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
  decided: boolean;
  provisionalResults: number | null;
  submissionStatus: 'pending' | 'returned' | 'approved' | null;
}

export const isHeld = (c: Pick<Candidate, 'submissionStatus'>) =>
  c.submissionStatus === 'pending' || c.submissionStatus === 'approved';

const names = (list: readonly Candidate[], max = 10) => {
  const shown = list.slice(0, max).map(displayName).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
};

/**
 * Why these learners cannot be submitted yet, in words a centre can act on, or null when all
 * of them can: every decision must exist and rest on confirmed results only.
 */
export function submissionProblems(chosen: readonly Candidate[]) {
  const held = chosen.filter(isHeld);
  const undecided = chosen.filter((c) => !c.decided);
  const provisional = chosen.filter((c) => (c.provisionalResults ?? 0) > 0);
  const problems: string[] = [];
  if (held.length)
    problems.push(`Already submitted and waiting for the trust or approved: ${names(held)}.`);
  if (undecided.length)
    problems.push(
      `No decision yet (their leaving year has no framework version): ${names(undecided)}.`,
    );
  if (provisional.length)
    problems.push(
      `Results still provisional: ${names(provisional)}. Confirm the results, then submit.`,
    );
  if (!problems.length) return null;
  return {
    message: problems.join(' '),
    learners: {
      held: held.map((c) => c.id),
      undecided: undecided.map((c) => c.id),
      provisional: provisional.map((c) => ({ id: c.id, name: displayName(c) })),
    },
  };
}
