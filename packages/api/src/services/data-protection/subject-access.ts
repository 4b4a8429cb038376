import { type CentreScope, collectLearnerData } from '@bacc/db';
import { notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import type { Actor } from '../cohorts/actor.ts';

/** The version of the export's layout, so a reader knows what each section holds. */
export const SUBJECT_ACCESS_FORMAT = 'bacc.subject-access/1';

/**
 * Everything the platform holds about one learner, as JSON: their record and evidence, the
 * decision and its explanation, destinations, every award (with its signed credential) and every
 * audit entry about them. Exporting is itself recorded, without the content.
 */
export async function exportLearnerData(ctx: Actor, scope: CentreScope, learnerId: string) {
  const data = await collectLearnerData(ctx.db, scope, learnerId);
  if (!data) throw notFound('That learner');
  await audit(ctx.db, ctx.user, {
    centreId: scope.centreId,
    action: 'learner.exported',
    entity: 'learner',
    entityId: learnerId,
  });
  return {
    format: SUBJECT_ACCESS_FORMAT,
    exportedAt: ctx.now().toISOString(),
    exportedBy: ctx.user.displayName,
    centreId: scope.centreId,
    about:
      'Everything Bacc holds about this learner at this centre. Awards keep a copy of the ' +
      'decision as issued; the audit entries show who changed the record and when.',
    ...data,
  };
}
