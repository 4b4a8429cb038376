import {
  type CentreScope,
  type DestinationFields,
  findDestination,
  findLearner,
  insertDestination,
  listLearnerDestinations,
  listLeaversWithoutDestination,
  updateDestinationAtVersion,
} from '@bacc/db';
import type { DestinationCheckpoint, DestinationInput } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from '../cohorts/actor.ts';
import { uniqueViolation } from '../db-errors.ts';

/** The latest leaving year whose learners have left: a year's leavers go at the end of July. */
export function leftBy(today: Date) {
  return today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

export async function learnerDestinations(ctx: Context, scope: CentreScope, learnerId: string) {
  const learner = await findLearner(ctx.db, scope, learnerId);
  if (!learner) throw notFound('That learner');
  const destinations = await listLearnerDestinations(ctx.db, scope, learnerId);
  return { learner, hasLeft: learner.leavingYear <= leftBy(ctx.now()), destinations };
}

export function leaversWithoutDestination(
  ctx: Context,
  scope: CentreScope,
  q: {
    checkpoint: DestinationCheckpoint;
    leavingYear?: number | undefined;
    page: number;
    pageSize: number;
  },
) {
  return listLeaversWithoutDestination(ctx.db, scope, { ...q, leftBy: leftBy(ctx.now()) });
}

const toColumns = (d: DestinationInput): DestinationFields => ({
  kind: d.kind,
  provider: d.provider,
  sustained: d.sustained,
  recorded_on: d.recordedOn,
  notes: d.notes,
});

const stale =
  'Someone else saved this destination after you opened it. Review their entry, then save again.';

/**
 * Records where a leaver went at one checkpoint. A first entry is made with `version` null; an
 * edit names the version it started from, and a stale one is refused with the current entry.
 * Destinations stay editable after submission: they are recorded after the award is decided.
 */
export async function recordDestination(
  ctx: Actor,
  scope: CentreScope,
  learnerId: string,
  checkpoint: DestinationCheckpoint,
  version: number | null,
  input: DestinationInput,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const learner = await findLearner(tx, scope, learnerId);
    if (!learner) throw notFound('That learner');
    const before = await findDestination(tx, scope, learnerId, checkpoint);
    if (version === null) {
      if (before) throw conflict(stale, { current: before });
      const after = await insertDestination(
        tx,
        scope,
        learnerId,
        checkpoint,
        toColumns(input),
      ).catch((e: unknown) => {
        if (uniqueViolation(e)) throw conflict(stale);
        throw e;
      });
      await audit(tx, ctx.user, {
        centreId: scope.centreId,
        action: 'destination.created',
        entity: 'destination',
        entityId: after.id,
        after,
      });
      return after;
    }
    if (!before) throw notFound('That destination');
    if (before.version !== version) throw conflict(stale, { current: before });
    const after = await updateDestinationAtVersion(tx, scope, before.id, version, toColumns(input));
    if (!after)
      throw conflict(stale, { current: await findDestination(tx, scope, learnerId, checkpoint) });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'destination.updated',
      entity: 'destination',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
