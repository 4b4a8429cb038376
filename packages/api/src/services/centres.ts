import { listCentresWithCounts, type TrustScope } from '@bacc/db';
import type { Context } from '../context.ts';

export function listTrustCentres(ctx: Context, scope: TrustScope) {
  return listCentresWithCounts(ctx.db, scope);
}
