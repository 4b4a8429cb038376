import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { CatalogueImportPage } from './CatalogueImportPage.tsx';
import { parseCatalogueSearch } from './catalogueSearch.ts';
import { GradeScalesPage } from './GradeScalesPage.tsx';
import { NewQualificationPage, QualificationEditPage } from './QualificationEditPage.tsx';
import { QualificationsPage } from './QualificationsPage.tsx';

/** The catalogue's screens, added under the admin app's root route. */
export function qualificationRoutes<R extends AnyRoute>(root: R) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: '/qualifications',
      validateSearch: parseCatalogueSearch,
      component: QualificationsPage,
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/qualifications/new',
      component: NewQualificationPage,
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/qualifications/scales',
      component: GradeScalesPage,
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/qualifications/import',
      component: CatalogueImportPage,
    }),
    createRoute({
      getParentRoute: () => root,
      path: '/qualifications/$qualificationId',
      component: QualificationEditPage,
    }),
  ] as const;
}
