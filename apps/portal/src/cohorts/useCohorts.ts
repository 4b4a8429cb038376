import { useSession, useTRPC } from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';

/** The centre's cohorts (leaving years), newest first, each with its framework's names. */
export function useCohorts() {
  const { user } = useSession();
  const trpc = useTRPC();
  return useQuery(trpc.centre.cohorts.list.queryOptions({ centreId: user.centreId as string }));
}

export interface Named {
  id: string;
  name: string;
}

/** The distinct tiers (lowest first), pathways and components across the given cohorts. */
export function frameworkLabels(
  cohorts: ReadonlyArray<{ tiers: Named[]; pathways: Named[]; components: Named[] }>,
) {
  const unique = (lists: Named[][]) => {
    const seen = new Map<string, Named>();
    for (const list of lists)
      for (const item of list) if (!seen.has(item.id)) seen.set(item.id, item);
    return [...seen.values()];
  };
  return {
    tiers: unique(cohorts.map((c) => [...c.tiers].reverse())),
    pathways: unique(cohorts.map((c) => c.pathways)),
    components: unique(cohorts.map((c) => c.components)),
  };
}

/** The cohort a page opens on when none is chosen: this year's leavers, else the newest. */
export function defaultLeavingYear(years: readonly number[], today = new Date()) {
  const now = today.getFullYear();
  return years.includes(now) ? now : years[0];
}
