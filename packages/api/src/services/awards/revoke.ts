import { endAward, findAward, lockTrustForIssuance, type TrustScope } from '@bacc/db';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { Actor } from '../cohorts/actor.ts';
import { awardAudit } from './audit.ts';
import { resignStatusList } from './status-lists.ts';
import { awardView } from './view.ts';

const ended = { revoked: 'revoked', superseded: 'superseded by a reissue' } as const;

export function requireReason(reason: string) {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw invalid('Give a reason (a few words): it is kept with the award.');
  return trimmed;
}

/**
 * Revokes an award: it stays on record as revoked with the reason, its status list entry is
 * set and the list is signed again, so wallets and verifiers see it too.
 */
export async function revokeAward(ctx: Actor, scope: TrustScope, awardId: string, reason: string) {
  const why = requireReason(reason);
  await ctx.db.transaction().execute(async (tx) => {
    // Status lists of a trust are re-signed one at a time, so no revocation is lost.
    await lockTrustForIssuance(tx, scope);
    const award = await findAward(tx, scope, awardId);
    if (!award) throw notFound('That award');
    if (award.status !== 'valid')
      throw conflict(`This award was already ${ended[award.status]}.`, { status: award.status });
    await endAward(tx, scope, awardId, {
      status: 'revoked',
      reason: why,
      by: ctx.user.id,
      at: ctx.now(),
    });
    if (award.status_list_id)
      await resignStatusList(tx, ctx.secrets, ctx.publicUrl, scope, award.status_list_id);
    await awardAudit(
      tx,
      ctx.user,
      award.centre_id,
      'award.revoked',
      'award',
      awardId,
      { status: 'revoked', reason: why },
      { status: 'valid' },
    );
  });
  return awardView(ctx, scope, awardId);
}
