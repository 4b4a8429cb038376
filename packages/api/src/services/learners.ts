import { type CentreScope, type LearnerListQuery, listLearners } from '@bacc/db';
import type { Context } from '../context.ts';

export function listCentreLearners(ctx: Context, scope: CentreScope, query: LearnerListQuery) {
  return listLearners(ctx.db, scope, query);
}
