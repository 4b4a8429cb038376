import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseAwardsSearch } from './awardsSearch.ts';

/** The trust's awards: the list with filters, and one award with revoke and reissue. */
export function awardRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/awards',
      validateSearch: parseAwardsSearch,
      component: lazyRouteComponent(() => import('./AwardsPage.tsx'), 'AwardsPage'),
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/awards/$awardId',
      component: lazyRouteComponent(() => import('./AwardPage.tsx'), 'AwardPage'),
    }),
  ] as const;
}
