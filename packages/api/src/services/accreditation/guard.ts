import { type CentreScope, type Db, findAccreditationStanding } from '@bacc/db';
import { forbidden } from '../../errors.ts';
import { isCurrentlyAccredited } from './state-machine.ts';

export const londonDate = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

/**
 * Refuses, with a reason, when the centre has no current accreditation: only an accredited
 * centre may submit learners for award. The submission service calls this first.
 */
export async function assertCentreAccredited(db: Db, scope: CentreScope, now: Date): Promise<void> {
  const standing = await findAccreditationStanding(db, scope);
  if (isCurrentlyAccredited(standing, londonDate(now))) return;
  const why = !standing
    ? 'it has not been accredited by the trust'
    : standing.status === 'accredited'
      ? `its accreditation ended on ${standing.accreditedUntil}`
      : standing.status === 'applied'
        ? 'its accreditation application is still being reviewed'
        : `its accreditation is ${standing.status}`;
  throw forbidden(`This centre cannot submit learners for award: ${why}. Contact the trust.`);
}
