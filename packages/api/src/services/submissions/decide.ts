import {
  decidePendingSubmission,
  findSubmission,
  listTrustSubmissions,
  type TrustScope,
} from '@bacc/db';
import type { Context } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { issueAwardsForSubmission } from '../awards/issue.ts';
import type { Actor } from '../cohorts/actor.ts';

export function listSubmissions(
  ctx: Context,
  scope: TrustScope,
  status?: 'pending' | 'returned' | 'approved',
) {
  return listTrustSubmissions(ctx.db, scope, status);
}

const done = { returned: 'returned to the centre', approved: 'approved' } as const;

/**
 * Settles a pending submission. Returned: the centre's learners unlock, with the trust's comment
 * saying why. Approved: they stay locked, and each learner whose decision meets a tier is
 * issued an award in the same transaction, so an approval never stands without its awards.
 */
export function decideSubmission(
  ctx: Actor,
  scope: TrustScope,
  submissionId: string,
  outcome: 'returned' | 'approved',
  comment: string | null,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findSubmission(tx, scope, submissionId);
    if (!before) throw notFound('That submission');
    const after = await decidePendingSubmission(tx, scope, submissionId, {
      status: outcome,
      decidedBy: ctx.user.id,
      comment,
    });
    if (!after)
      throw conflict(
        `This submission was already ${done[before.status as keyof typeof done] ?? 'decided'}.`,
        {
          current: before,
        },
      );
    await audit(tx, ctx.user, {
      centreId: before.centreId,
      action: outcome === 'returned' ? 'submission.returned' : 'submission.approved',
      entity: 'submission',
      entityId: submissionId,
      before: { status: before.status },
      after: { status: outcome, comment },
    });
    const issued =
      outcome === 'approved'
        ? (await issueAwardsForSubmission(tx, ctx, scope, submissionId)).issued
        : 0;
    return { ...(await findSubmission(tx, scope, submissionId))!, awardsIssued: issued };
  });
}
