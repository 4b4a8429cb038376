import { trustProcedure } from '../procedures.ts';
import { listTrustCentres } from '../services/centres.ts';
import { router } from '../trpc.ts';
import { analyticsRouter } from './analytics.ts';
import { auditLogRouter } from './audit-log.ts';
import { trustAwardsRouter } from './awards.ts';
import { trustDataProtectionRouter } from './data-protection.ts';
import { moderationRouter } from './moderation.ts';
import { trustSubmissionsRouter } from './submissions.ts';
import { trustCatalogueRouter } from './trust-catalogue.ts';
import { trustAccreditationRouter, trustCentreProcedures } from './trust-centres.ts';
import { trustFrameworksRouter } from './trust-frameworks.ts';
import { trustUsersRouter } from './trust-users.ts';

export const trustRouter = router({
  centres: router({
    list: trustProcedure.query(({ ctx }) => listTrustCentres(ctx, ctx.scope)),
    ...trustCentreProcedures,
  }),
  submissions: trustSubmissionsRouter,
  catalogue: trustCatalogueRouter,
  accreditation: trustAccreditationRouter,
  users: trustUsersRouter,
  moderation: moderationRouter,
  analytics: analyticsRouter,
  auditLog: auditLogRouter,
  frameworks: trustFrameworksRouter,
  awards: trustAwardsRouter,
  dataProtection: trustDataProtectionRouter,
});
