import { auditLogInputSchema } from '@bacc/schema';
import { centreAdminProcedure } from '../procedures.ts';
import { centreAuditLog } from '../services/audit/audit-log.ts';
import { router } from '../trpc.ts';

export const centreAuditRouter = router({
  list: centreAdminProcedure
    .input(auditLogInputSchema)
    .query(({ ctx, input }) => centreAuditLog(ctx, ctx.scope, input)),
});
