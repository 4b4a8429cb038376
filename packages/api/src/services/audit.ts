import { type Db, recordAuditEvent } from '@bacc/db';
import type { SessionUser } from '@bacc/schema';

/** Records who did what to which record, with the record before and after. */
export function audit(
  db: Db,
  user: Pick<SessionUser, 'id' | 'trustId'>,
  event: {
    centreId: string | null;
    action: string;
    entity: string;
    entityId: string | null;
    before?: unknown;
    after?: unknown;
  },
) {
  return recordAuditEvent(db, { trustId: user.trustId, actorUserId: user.id, ...event });
}
