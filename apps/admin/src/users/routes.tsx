import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { UsersPage } from './UsersPage.tsx';

/** The Users screen, and the accept-invite path (InviteGate renders it before sign-in). */
export function userRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({ getParentRoute: () => root, path: '/users', component: UsersPage }),
    createRoute({ getParentRoute: () => root, path: '/accept-invite', component: () => null }),
  ] as const;
}
