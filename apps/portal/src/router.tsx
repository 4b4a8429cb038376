import { NotFoundPage, RenderFault } from '@bacc/ui';
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { centreAdminRoutes } from './accreditation/routes.tsx';
import { cohortRoutes } from './cohorts/routes.tsx';
import { LearnersPage } from './learners/LearnersPage.tsx';
import { parseLearnersSearch } from './learners/learnersSearch.ts';
import { HOME, RootLayout } from './RootLayout.tsx';

const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => <NotFoundPage homeHref={HOME} homeText="Go to the learners list" />,
});

const learnersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: parseLearnersSearch,
  component: LearnersPage,
});

// The learner screens (and the criteria engine they load) are fetched only when opened.
const newLearnerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learners/new',
  component: lazyRouteComponent(() => import('./learner/NewLearnerPage.tsx'), 'NewLearnerPage'),
});
const learnerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learners/$learnerId',
  component: lazyRouteComponent(() => import('./learner/LearnerPage.tsx'), 'LearnerPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./import/ImportPage.tsx'), 'ImportPage'),
});

const routeTree = rootRoute.addChildren([
  ...centreAdminRoutes(rootRoute),
  learnersRoute,
  newLearnerRoute,
  learnerRoute,
  importRoute,
  ...cohortRoutes(rootRoute),
]);

export const router = createRouter({
  routeTree,
  basepath: '/portal',
  scrollRestoration: true,
  defaultPreload: false,
  defaultErrorComponent: RenderFault,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
