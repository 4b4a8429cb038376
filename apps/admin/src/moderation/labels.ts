import type { Tone } from '@bacc/ui';

export const STATUS_LABELS = {
  pending: 'Waiting for moderation',
  returned: 'Returned to the centre',
  approved: 'Approved for award',
} as const;

export const STATUS_TONES: Record<keyof typeof STATUS_LABELS, Tone> = {
  pending: 'warning',
  returned: 'danger',
  approved: 'success',
};

/** "22 November 2026, 07:10 UTC": audit and moderation times are shown in UTC, as filtered. */
export function formatDateTime(value: Date | string): string {
  const d = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })
    .format(d)
    .concat(' UTC');
}

export function learnerName(l: {
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string | null;
}) {
  const given = l.preferredName ?? l.legalGivenName;
  return `${given} ${l.legalFamilyName}`;
}
