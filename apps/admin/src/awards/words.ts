import type { Tone } from '@bacc/ui';
import type { AwardStatus } from './awardsSearch.ts';

export const statusWords: Record<AwardStatus, { label: string; tone: Tone }> = {
  valid: { label: 'Valid', tone: 'success' },
  revoked: { label: 'Revoked', tone: 'danger' },
  superseded: { label: 'Superseded', tone: 'warning' },
};

/** "Distinction, Sciences pathway, grade A" */
export function awardSummary(a: { tier: string; pathway: string | null; grade: string | null }) {
  return [a.tier, a.pathway ? `${a.pathway} pathway` : null, a.grade ? `grade ${a.grade}` : null]
    .filter(Boolean)
    .join(', ');
}

/** An erased learner's award keeps no name (see data protection): say so instead. */
export const learnerLabel = (name: string) => name || 'Record erased';
