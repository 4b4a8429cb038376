import {
  type CentreScope,
  type Db,
  deleteLearnerRecord,
  eraseLearnerAwards,
  findLearner,
  lockTrustForIssuance,
  recordAuditEvent,
  type TrustScope,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { resignStatusList } from '../awards/status-lists.ts';
import { type Actor, displayName } from '../cohorts/actor.ts';

type Signing = Pick<Context, 'secrets' | 'publicUrl'>;

/**
 * Deletes a learner's record and evidence, and ends their awards as "revoked: record erased"
 * with every personal field cleared. The audit entry names the learner by id only.
 * Runs inside the caller's transaction, with the trust's issuance lock held; the caller signs
 * the returned status lists again (once per batch), so wallets see the revocations too.
 */
export async function eraseLearnerRecord(
  tx: Db,
  scope: CentreScope,
  learnerId: string,
  by: { userId: string | null; at: Date; reason: string },
) {
  const awards = await eraseLearnerAwards(tx, scope, learnerId, by);
  await deleteLearnerRecord(tx, scope, learnerId);
  await recordAuditEvent(tx, {
    trustId: scope.trustId,
    centreId: scope.centreId,
    actorUserId: by.userId,
    action: 'learner.erased',
    entity: 'learner',
    entityId: learnerId,
    after: { reason: by.reason, awardsRevoked: awards.length },
  });
  return awards.flatMap((a) => (a.status_list_id ? [a.status_list_id] : []));
}

export async function resignStatusLists(
  tx: Db,
  signing: Signing,
  scope: TrustScope,
  listIds: Iterable<string>,
) {
  for (const listId of new Set(listIds))
    await resignStatusList(tx, signing.secrets, signing.publicUrl, scope, listId);
}

/** A centre admin erases one learner at the centre's request (UK GDPR art. 17). */
export async function eraseLearner(
  ctx: Actor,
  scope: CentreScope,
  input: { learnerId: string; confirmName: string; reason: string },
) {
  const reason = input.reason.trim();
  if (reason.length < 3) throw invalid('Say why the record is being erased (a few words).');
  return ctx.db.transaction().execute(async (tx) => {
    await lockTrustForIssuance(tx, scope);
    const learner = await findLearner(tx, scope, input.learnerId);
    if (!learner) throw notFound('That learner');
    const legal = `${learner.legalGivenName} ${learner.legalFamilyName}`;
    const typed = input.confirmName.trim().toLocaleLowerCase('en-GB');
    const accepted = [legal, displayName(learner)].map((n) => n.toLocaleLowerCase('en-GB'));
    if (!accepted.includes(typed))
      throw invalid(`Type the learner’s name exactly as shown (${legal}) to confirm.`);
    const lists = await eraseLearnerRecord(tx, scope, input.learnerId, {
      userId: ctx.user.id,
      at: ctx.now(),
      reason,
    });
    await resignStatusLists(tx, ctx, scope, lists);
    return { erased: true as const, awardsEnded: lists.length };
  });
}
