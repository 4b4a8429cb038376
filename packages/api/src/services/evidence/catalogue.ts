import { listGradeScales, listQualifications, type TrustScope } from '@bacc/db';
import type { Context } from '../../context.ts';

/** The trust's qualifications and grade scales, for the pickers on a learner's record. */
export async function getCatalogue(ctx: Context, scope: TrustScope) {
  const [qualifications, gradeScales] = await Promise.all([
    listQualifications(ctx.db, scope),
    listGradeScales(ctx.db, scope),
  ]);
  return { qualifications, gradeScales };
}
