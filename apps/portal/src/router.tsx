import { NotFoundPage, RenderFault } from '@bacc/ui';
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
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

const routeTree = rootRoute.addChildren([learnersRoute]);

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
