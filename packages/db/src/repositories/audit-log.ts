import { sql } from 'kysely';
import type { CentreScope, Db } from './scope.ts';

export interface CentreAuditQuery {
  learnerId?: string | undefined;
  action?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * A page of the centre's audit events, newest first, with who did each. Events about a learner
 * are those on the learner itself or on its records (whose `after`/`before` name the learner).
 */
export async function listCentreAuditEvents(db: Db, scope: CentreScope, q: CentreAuditQuery) {
  let base = db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .where('audit_events.trust_id', '=', scope.trustId)
    .where('audit_events.centre_id', '=', scope.centreId);
  if (q.action) base = base.where('audit_events.action', '=', q.action);
  if (q.learnerId) {
    const id = q.learnerId;
    base = base.where((eb) =>
      eb.or([
        eb.and([eb('audit_events.entity', '=', 'learner'), eb('audit_events.entity_id', '=', id)]),
        eb(sql<string>`audit_events.after->>'learnerId'`, '=', id),
        eb(sql<string>`audit_events.before->>'learnerId'`, '=', id),
      ]),
    );
  }
  const [items, total] = await Promise.all([
    base
      .select([
        'audit_events.id',
        'audit_events.action',
        'audit_events.entity',
        'audit_events.entity_id as entityId',
        'audit_events.before',
        'audit_events.after',
        'audit_events.occurred_at as occurredAt',
        'users.display_name as actorName',
        'users.email as actorEmail',
      ])
      .orderBy('audit_events.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

/** The distinct actions recorded at the centre, for the filter. */
export async function listCentreAuditActions(db: Db, scope: CentreScope) {
  const rows = await db
    .selectFrom('audit_events')
    .select('action')
    .distinct()
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}

/** Names of the centre's learners among the given ids (deleted learners are simply absent). */
export function listLearnerNames(db: Db, scope: CentreScope, learnerIds: readonly string[]) {
  if (learnerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('learners')
    .select([
      'id',
      'legal_given_name as legalGivenName',
      'legal_family_name as legalFamilyName',
      'preferred_name as preferredName',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', 'in', learnerIds)
    .execute();
}
