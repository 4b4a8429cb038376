import type { Db } from './scope.ts';

export interface AuditEvent {
  trustId: string;
  centreId: string | null;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one event; the audit log is never updated or deleted from. */
export function recordAuditEvent(db: Db, e: AuditEvent) {
  return db
    .insertInto('audit_events')
    .values({
      trust_id: e.trustId,
      centre_id: e.centreId,
      actor_user_id: e.actorUserId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

export function listAuditEvents(db: Db, scope: { trustId: string }, limit = 100) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('trust_id', '=', scope.trustId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
