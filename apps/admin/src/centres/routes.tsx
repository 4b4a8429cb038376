import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { AccreditationListPage } from './AccreditationListPage.tsx';
import { CentrePage, NewCentrePage } from './CentrePage.tsx';

/** Centre and accreditation screens, added under the admin app's root route. */
export function centreRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({ getParentRoute: () => root, path: '/centres/new', component: NewCentrePage }),
    createRoute({ getParentRoute: () => root, path: '/centres/$centreId', component: CentrePage }),
    createRoute({
      getParentRoute: () => root,
      path: '/accreditation',
      component: AccreditationListPage,
    }),
  ] as const;
}
