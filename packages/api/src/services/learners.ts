import {
  type CentreScope,
  createLearner,
  deleteLearnerAtVersion,
  findLearner,
  findLearnerDecision,
  isLearnerLocked,
  type LearnerFields,
  type LearnerListQuery,
  listLearners,
  updateLearnerAtVersion,
} from '@bacc/db';
import type { LearnerInput, SessionUser } from '@bacc/schema';
import type { Context } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { audit } from './audit.ts';
import { uniqueViolation } from './db-errors.ts';
import { recomputeDecisions } from './records/decisions.ts';

type Actor = Context & { user: SessionUser };

export function listCentreLearners(ctx: Context, scope: CentreScope, query: LearnerListQuery) {
  return listLearners(ctx.db, scope, query);
}

const toColumns = (input: LearnerInput): LearnerFields => ({
  uln: input.uln,
  upn: input.upn,
  legal_given_name: input.legalGivenName,
  legal_family_name: input.legalFamilyName,
  preferred_name: input.preferredName,
  date_of_birth: input.dateOfBirth,
  leaving_year: input.leavingYear,
});

function explainDuplicate(error: unknown, input: LearnerInput): never {
  const constraint = uniqueViolation(error);
  if (constraint?.includes('uln'))
    throw conflict(`Another learner in this trust already has ULN ${input.uln}.`, { field: 'uln' });
  if (constraint?.includes('upn'))
    throw conflict(`Another learner in this trust already has UPN ${input.upn}.`, { field: 'upn' });
  throw error;
}

export async function addLearner(ctx: Actor, scope: CentreScope, input: LearnerInput) {
  return ctx.db.transaction().execute(async (tx) => {
    const learner = await createLearner(tx, scope, toColumns(input)).catch((e) =>
      explainDuplicate(e, input),
    );
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'learner.created',
      entity: 'learner',
      entityId: learner.id,
      after: learner,
    });
    await recomputeDecisions(tx, scope, [{ id: learner.id, leavingYear: learner.leavingYear }]);
    return learner;
  });
}

/** Saves an edit made at `version`; a stale edit is refused with the current values, never merged. */
export async function editLearner(
  ctx: Actor,
  scope: CentreScope,
  learnerId: string,
  version: number,
  input: LearnerInput,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findLearner(tx, scope, learnerId);
    if (!before) throw notFound('That learner');
    if (await isLearnerLocked(tx, scope, learnerId)) {
      throw conflict(
        'This learner has been submitted for award; the record is locked until the trust returns it.',
      );
    }
    if (before.version !== version) {
      throw conflict(
        'Someone else saved this learner after you opened it. Review their changes, then edit again.',
        { current: before },
      );
    }
    const after = await updateLearnerAtVersion(
      tx,
      scope,
      learnerId,
      version,
      toColumns(input),
      ctx.user.id,
    ).catch((e) => explainDuplicate(e, input));
    if (!after)
      throw conflict(
        'Someone else saved this learner just now. Review their changes, then edit again.',
        { current: await findLearner(tx, scope, learnerId) },
      );
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'learner.updated',
      entity: 'learner',
      entityId: learnerId,
      before,
      after,
    });
    await recomputeDecisions(tx, scope, [{ id: learnerId, leavingYear: after.leavingYear }]);
    return after;
  });
}

export async function removeLearner(
  ctx: Actor,
  scope: CentreScope,
  learnerId: string,
  version: number,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findLearner(tx, scope, learnerId);
    if (!before) throw notFound('That learner');
    if (await isLearnerLocked(tx, scope, learnerId))
      throw conflict('This learner has been submitted for award and cannot be removed.');
    const result = await deleteLearnerAtVersion(tx, scope, learnerId, version);
    if (result.numDeletedRows === 0n)
      throw conflict('Someone else changed this learner after you opened it.', { current: before });
    await audit(tx, ctx.user, {
      centreId: scope.centreId,
      action: 'learner.deleted',
      entity: 'learner',
      entityId: learnerId,
      before,
    });
    return { ok: true as const };
  });
}

export async function getLearner(ctx: Context, scope: CentreScope, learnerId: string) {
  const learner = await findLearner(ctx.db, scope, learnerId);
  if (!learner) throw notFound('That learner');
  const decision = await findLearnerDecision(ctx.db, scope, learnerId);
  return { learner, decision: decision ?? null };
}
