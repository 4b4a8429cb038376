import { trustAuditExportInputSchema, trustAuditListInputSchema } from '@bacc/schema';
import { trustProcedure } from '../procedures.ts';
import {
  exportTrustAuditLog,
  listTrustAuditLog,
  trustAuditFacets,
} from '../services/audit-log/list.ts';
import { router } from '../trpc.ts';

/** The trust's audit log: only its own events, filtered by who, what, when and which centre. */
export const auditLogRouter = router({
  list: trustProcedure.input(trustAuditListInputSchema).query(({ ctx, input }) =>
    listTrustAuditLog(ctx, ctx.scope, input.filter, {
      page: input.page,
      pageSize: input.pageSize,
    }),
  ),
  export: trustProcedure
    .input(trustAuditExportInputSchema)
    .query(({ ctx, input }) => exportTrustAuditLog(ctx, ctx.scope, input.filter)),
  facets: trustProcedure.query(({ ctx }) => trustAuditFacets(ctx, ctx.scope)),
});
