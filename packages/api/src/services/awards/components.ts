import { type CentreScope, findAward, setAwardComponentsPublic } from '@bacc/db';
import { notFound } from '../../errors.ts';
import type { Actor } from '../cohorts/actor.ts';
import { awardAudit } from './audit.ts';
import { awardView, erasedAward } from './view.ts';

/**
 * Shows or hides an award's component breakdown on the public verification answer. Off by
 * default: the public sees the tier; the breakdown is the learner's to share.
 */
export async function setComponentsPublic(
  ctx: Actor,
  scope: CentreScope,
  awardId: string,
  value: boolean,
) {
  await ctx.db.transaction().execute(async (tx) => {
    const before = await findAward(tx, scope, awardId);
    if (!before) throw notFound('That award');
    if (before.erased_at) throw erasedAward('it has no components to show');
    if (before.components_public === value) return;
    await setAwardComponentsPublic(tx, scope, awardId, value);
    await awardAudit(
      tx,
      ctx.user,
      scope.centreId,
      value ? 'award.components_shown' : 'award.components_hidden',
      'award',
      awardId,
      { componentsPublic: value },
      { componentsPublic: before.components_public },
    );
  });
  return awardView(ctx, scope, awardId);
}
