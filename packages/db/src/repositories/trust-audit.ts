import { sql } from 'kysely';
import type { Db, TrustScope } from './scope.ts';

export interface TrustAuditQuery {
  actorUserId?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  centreId?: string | undefined;
  /** UTC days, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

function eventsQuery(db: Db, scope: TrustScope, f: TrustAuditQuery) {
  let q = db
    .selectFrom('audit_events')
    .leftJoin('users', (j) =>
      j
        .onRef('users.id', '=', 'audit_events.actor_user_id')
        .onRef('users.trust_id', '=', 'audit_events.trust_id'),
    )
    .leftJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'audit_events.centre_id')
        .onRef('centres.trust_id', '=', 'audit_events.trust_id'),
    )
    .where('audit_events.trust_id', '=', scope.trustId);
  if (f.actorUserId) q = q.where('audit_events.actor_user_id', '=', f.actorUserId);
  if (f.action) q = q.where('audit_events.action', '=', f.action);
  if (f.entity) q = q.where('audit_events.entity', '=', f.entity);
  if (f.centreId) q = q.where('audit_events.centre_id', '=', f.centreId);
  // Days are UTC days; "to" includes the whole of its day.
  if (f.from)
    q = q.where(
      sql<boolean>`audit_events.occurred_at >= ${f.from}::date::timestamp at time zone 'UTC'`,
    );
  if (f.to)
    q = q.where(
      sql<boolean>`audit_events.occurred_at < (${f.to}::date + 1)::timestamp at time zone 'UTC'`,
    );
  return q;
}

const eventColumns = [
  'audit_events.id',
  'audit_events.occurred_at as occurredAt',
  'audit_events.action',
  'audit_events.entity',
  'audit_events.entity_id as entityId',
  'audit_events.centre_id as centreId',
  'centres.name as centreName',
  'audit_events.actor_user_id as actorUserId',
  'users.display_name as actorName',
  'users.email as actorEmail',
  'audit_events.before',
  'audit_events.after',
] as const;

/** A page of the trust's audit events matching the filter, newest first, and how many match. */
export async function listTrustAuditEvents(
  db: Db,
  scope: TrustScope,
  f: TrustAuditQuery,
  page: { page: number; pageSize: number },
) {
  const [items, total] = await Promise.all([
    eventsQuery(db, scope, f)
      .select(eventColumns)
      // Newest first, by the (trust_id, occurred_at) index; the id orders events of one transaction.
      .orderBy('audit_events.occurred_at', 'desc')
      .orderBy('audit_events.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    eventsQuery(db, scope, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Every matching event up to `limit`, newest first, for export. */
export function exportTrustAuditEvents(
  db: Db,
  scope: TrustScope,
  f: TrustAuditQuery,
  limit: number,
) {
  return eventsQuery(db, scope, f)
    .select(eventColumns)
    .orderBy('audit_events.occurred_at', 'desc')
    .orderBy('audit_events.id', 'desc')
    .limit(limit)
    .execute();
}

/** What the filters can offer: the actions, record types and people seen in the trust's log. */
export async function listTrustAuditFacets(db: Db, scope: TrustScope) {
  const [actions, entities, actors] = await Promise.all([
    db
      .selectFrom('audit_events')
      .select('action')
      .distinct()
      .where('trust_id', '=', scope.trustId)
      .orderBy('action')
      .execute(),
    db
      .selectFrom('audit_events')
      .select('entity')
      .distinct()
      .where('trust_id', '=', scope.trustId)
      .orderBy('entity')
      .execute(),
    db
      .selectFrom('users')
      .select(['id', 'display_name as name', 'email'])
      .where('trust_id', '=', scope.trustId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('audit_events')
            .select('audit_events.id')
            .whereRef('audit_events.actor_user_id', '=', 'users.id')
            .where('audit_events.trust_id', '=', scope.trustId),
        ),
      )
      .orderBy('display_name')
      .execute(),
  ]);
  return {
    actions: actions.map((a) => a.action),
    entities: entities.map((e) => e.entity),
    actors,
  };
}
