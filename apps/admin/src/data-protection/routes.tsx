import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** The trust's data protection settings. */
export function dataProtectionRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/data-protection',
      component: lazyRouteComponent(() => import('./DataProtectionPage.tsx'), 'DataProtectionPage'),
    }),
  ] as const;
}
