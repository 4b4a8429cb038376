import { NotFoundPage, RenderFault } from '@bacc/ui';
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { AnalyticsPage } from './analytics/AnalyticsPage.tsx';
import { parseAnalyticsSearch } from './analytics/analyticsSearch.ts';
import { AuditLogPage } from './audit/AuditLogPage.tsx';
import { parseAuditSearch } from './audit/auditSearch.ts';
import { awardRoutes } from './awards/routes.tsx';
import { CentresPage } from './centres/CentresPage.tsx';
import { parseCentresSearch } from './centres/centresSearch.ts';
import { centreRoutes } from './centres/routes.tsx';
import { dataProtectionRoutes } from './data-protection/routes.tsx';
import { frameworkRoutes } from './frameworks/routes.ts';
import { LearnerInspectionPage } from './moderation/LearnerInspectionPage.tsx';
import { ModerationQueuePage } from './moderation/ModerationQueuePage.tsx';
import { parseQueueSearch, parseSubmissionSearch } from './moderation/moderationSearch.ts';
import { SubmissionPage } from './moderation/SubmissionPage.tsx';
import { qualificationRoutes } from './qualifications/routes.tsx';
import { HOME, RootLayout } from './RootLayout.tsx';
import { userRoutes } from './users/routes.tsx';

const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => <NotFoundPage homeHref={HOME} homeText="Go to the centres list" />,
});

const centresRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: parseCentresSearch,
  component: CentresPage,
});

const moderationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/moderation',
  validateSearch: parseQueueSearch,
  component: ModerationQueuePage,
});

const submissionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/moderation/$submissionId',
  validateSearch: parseSubmissionSearch,
  component: SubmissionPage,
});

const moderationLearnerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/moderation/$submissionId/learners/$learnerId',
  validateSearch: parseSubmissionSearch,
  component: LearnerInspectionPage,
});

const analyticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/analytics',
  validateSearch: parseAnalyticsSearch,
  component: AnalyticsPage,
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: parseAuditSearch,
  component: AuditLogPage,
});

const routeTree = rootRoute.addChildren([
  ...qualificationRoutes(rootRoute),
  ...centreRoutes(rootRoute),
  ...userRoutes(rootRoute),
  ...awardRoutes(rootRoute),
  ...dataProtectionRoutes(rootRoute),
  ...frameworkRoutes(rootRoute),
  centresRoute,
  moderationRoute,
  submissionRoute,
  moderationLearnerRoute,
  analyticsRoute,
  auditRoute,
]);

export const router = createRouter({
  routeTree,
  basepath: '/admin',
  scrollRestoration: true,
  defaultPreload: false,
  defaultErrorComponent: RenderFault,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
