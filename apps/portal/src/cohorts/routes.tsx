import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseAuditSearch } from '../audit/auditSearch.ts';
import { parseDashboardSearch } from '../dashboard/dashboardSearch.ts';
import { parseCheckpointSearch, parseDestinationsSearch } from '../destinations/words.ts';

/**
 * The cohort screens: dashboard, cohorts, submission, destinations and the activity log. Each is
 * fetched when first opened (the dashboard brings the charting library with it).
 */
export function cohortRoutes<R extends AnyRoute>(root: R) {
  const dashboard = createRoute({
    getParentRoute: () => root,
    path: '/dashboard',
    validateSearch: parseDashboardSearch,
    component: lazyRouteComponent(() => import('../dashboard/DashboardPage.tsx'), 'DashboardPage'),
  });
  const cohorts = createRoute({
    getParentRoute: () => root,
    path: '/cohorts',
    component: lazyRouteComponent(() => import('./CohortsPage.tsx'), 'CohortsPage'),
  });
  const submit = createRoute({
    getParentRoute: () => root,
    path: '/cohorts/$year/submit',
    component: lazyRouteComponent(() => import('../submissions/SubmitPage.tsx'), 'SubmitPage'),
  });
  const destinations = createRoute({
    getParentRoute: () => root,
    path: '/destinations',
    validateSearch: parseDestinationsSearch,
    component: lazyRouteComponent(
      () => import('../destinations/DestinationsPage.tsx'),
      'DestinationsPage',
    ),
  });
  const learnerDestinations = createRoute({
    getParentRoute: () => root,
    path: '/destinations/$learnerId',
    validateSearch: parseCheckpointSearch,
    component: lazyRouteComponent(
      () => import('../destinations/LearnerDestinationsPage.tsx'),
      'LearnerDestinationsPage',
    ),
  });
  const activity = createRoute({
    getParentRoute: () => root,
    path: '/activity',
    validateSearch: parseAuditSearch,
    component: lazyRouteComponent(() => import('../audit/ActivityLogPage.tsx'), 'ActivityLogPage'),
  });
  return [dashboard, cohorts, submit, destinations, learnerDestinations, activity] as const;
}
