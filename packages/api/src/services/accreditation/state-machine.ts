import type { AccreditationAction } from '@bacc/schema';

export type AccreditationState =
  | 'none'
  | 'applied'
  | 'accredited'
  | 'suspended'
  | 'withdrawn'
  | 'rejected';
export type AccreditationStep = AccreditationAction | 'apply';

const steps: Record<
  AccreditationStep,
  { from: readonly AccreditationState[]; to: Exclude<AccreditationState, 'none'> }
> = {
  apply: { from: ['none', 'rejected', 'withdrawn'], to: 'applied' },
  accredit: { from: ['applied'], to: 'accredited' },
  reject: { from: ['applied'], to: 'rejected' },
  renew: { from: ['accredited'], to: 'accredited' },
  suspend: { from: ['accredited'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'accredited' },
  withdraw: { from: ['applied', 'accredited', 'suspended'], to: 'withdrawn' },
};

const stateWords: Record<AccreditationState, string> = {
  none: 'has not applied',
  applied: 'has applied and is awaiting review',
  accredited: 'is accredited',
  suspended: 'is suspended',
  withdrawn: 'has had its accreditation withdrawn',
  rejected: 'had its application turned down',
};

/**
 * The state after `step`, or a sentence saying why the step is not allowed now. An accredited
 * centre whose accreditation has run out may apply again (to renew on a new programme).
 */
export function nextAccreditationState(
  current: AccreditationState,
  step: AccreditationStep,
  expired = false,
): { ok: true; to: Exclude<AccreditationState, 'none'> } | { ok: false; reason: string } {
  const rule = steps[step];
  if (rule.from.includes(current) || (step === 'apply' && current === 'accredited' && expired))
    return { ok: true, to: rule.to };
  return {
    ok: false,
    reason: `The centre ${stateWords[current]}, so it cannot ${step === 'apply' ? 'apply' : `be ${pastTense[step]}`} now.`,
  };
}

const pastTense: Record<AccreditationAction, string> = {
  accredit: 'accredited',
  reject: 'turned down',
  renew: 'renewed',
  suspend: 'suspended',
  reinstate: 'reinstated',
  withdraw: 'withdrawn',
};

/** Accredited and not past its end date (the end date itself still counts). */
export function isCurrentlyAccredited(
  standing: { status: string; accreditedUntil: string | null } | undefined,
  today: string,
): boolean {
  return (
    standing?.status === 'accredited' &&
    standing.accreditedUntil !== null &&
    standing.accreditedUntil >= today
  );
}
