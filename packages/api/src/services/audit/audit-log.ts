import {
  type CentreScope,
  listCentreAuditActions,
  listCentreAuditEvents,
  listLearnerNames,
} from '@bacc/db';
import type { AuditLogInput } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { displayName } from '../cohorts/actor.ts';
import { fieldChanges } from './diff.ts';

const learnerOf = (e: {
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}) => {
  if (e.entity === 'learner') return e.entityId;
  const named = (v: unknown) =>
    v && typeof v === 'object' && 'learnerId' in v ? String(v.learnerId) : null;
  return named(e.after) ?? named(e.before);
};

/** A page of the centre's audit log, each event with the fields it changed, before and after. */
export async function centreAuditLog(ctx: Context, scope: CentreScope, input: AuditLogInput) {
  const [page, actions] = await Promise.all([
    listCentreAuditEvents(ctx.db, scope, input),
    listCentreAuditActions(ctx.db, scope),
  ]);
  const learnerIds = [...new Set(page.items.map(learnerOf).filter((id) => id !== null))];
  const names = new Map(
    (await listLearnerNames(ctx.db, scope, learnerIds)).map((l) => [l.id, displayName(l)]),
  );
  return {
    ...page,
    actions,
    items: page.items.map((e) => ({
      id: Number(e.id),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      learnerId: learnerOf(e),
      learnerName: names.get(learnerOf(e) ?? '') ?? null,
      occurredAt: e.occurredAt,
      actor: e.actorName ?? 'System',
      actorEmail: e.actorEmail,
      changes: fieldChanges(e.before, e.after),
    })),
  };
}
