import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { StaffPage } from '../staff/StaffPage.tsx';
import { AccreditationPage } from './AccreditationPage.tsx';

/** A centre admin's screens, and the accept-invite path (InviteGate renders it before sign-in). */
export function centreAdminRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/accreditation',
      component: AccreditationPage,
    }),
    createRoute({ getParentRoute: () => root, path: '/staff', component: StaffPage }),
    createRoute({ getParentRoute: () => root, path: '/accept-invite', component: () => null }),
  ] as const;
}
