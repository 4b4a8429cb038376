import { type AnyRootRoute, createRoute } from '@tanstack/react-router';
import { DiffPage } from './DiffPage.tsx';
import { FrameworksPage } from './FrameworksPage.tsx';
import { FrameworkVersionPage } from './FrameworkVersionPage.tsx';
import { parseDiffSearch, parseVersionSearch } from './frameworkSearch.ts';

/** Framework authoring: the list of versions, the diff page, and one version's editor. */
export function frameworkRoutes<R extends AnyRootRoute>(root: R) {
  const list = createRoute({
    getParentRoute: () => root,
    path: '/frameworks',
    component: FrameworksPage,
  });
  const diff = createRoute({
    getParentRoute: () => root,
    path: '/frameworks/diff',
    validateSearch: parseDiffSearch,
    component: DiffPage,
  });
  const version = createRoute({
    getParentRoute: () => root,
    path: '/frameworks/$versionId',
    validateSearch: parseVersionSearch,
    component: FrameworkVersionPage,
  });
  return [list, diff, version] as const;
}
