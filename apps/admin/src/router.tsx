import { NotFoundPage, RenderFault } from '@bacc/ui';
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { CentresPage } from './centres/CentresPage.tsx';
import { parseCentresSearch } from './centres/centresSearch.ts';
import { HOME, RootLayout } from './RootLayout.tsx';

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

const routeTree = rootRoute.addChildren([centresRoute]);

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
