import type { Tone } from '@bacc/ui';

export type AccreditationStatus =
  | 'none'
  | 'applied'
  | 'accredited'
  | 'suspended'
  | 'withdrawn'
  | 'rejected';

export const statusLabels: Record<AccreditationStatus, string> = {
  none: 'Not applied',
  applied: 'Applied: awaiting review',
  accredited: 'Accredited',
  suspended: 'Suspended',
  withdrawn: 'Withdrawn',
  rejected: 'Turned down',
};

export const statusTones: Record<AccreditationStatus, Tone> = {
  none: 'neutral',
  applied: 'info',
  accredited: 'success',
  suspended: 'warning',
  withdrawn: 'danger',
  rejected: 'danger',
};

export const actionLabels = {
  accredit: 'Accredit',
  reject: 'Turn down',
  renew: 'Renew',
  suspend: 'Suspend',
  reinstate: 'Reinstate',
  withdraw: 'Withdraw',
  apply: 'Applied',
} as const;

/** What the trust may do next from each state (the server enforces the same rules). */
export function nextActions(status: AccreditationStatus): Array<keyof typeof actionLabels> {
  switch (status) {
    case 'applied':
      return ['accredit', 'reject', 'withdraw'];
    case 'accredited':
      return ['renew', 'suspend', 'withdraw'];
    case 'suspended':
      return ['reinstate', 'withdraw'];
    default:
      return [];
  }
}

/** Accreditation usually runs to the end of an academic year: 31 August, three years on. */
export function defaultUntil(today: Date): string {
  return `${today.getFullYear() + 3}-08-31`;
}
