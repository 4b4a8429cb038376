import type { Db } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';
import { audit } from '../audit.ts';

/** Every award action goes in the audit log: who, which award, and why. */
export function awardAudit(
  db: Db,
  user: Pick<SessionUser, 'id' | 'trustId'>,
  centreId: string | null,
  action: string,
  entity: 'award' | 'issuer_key',
  entityId: string,
  after: unknown,
  before?: unknown,
) {
  return audit(db, user, { centreId, action, entity, entityId, after, before });
}
