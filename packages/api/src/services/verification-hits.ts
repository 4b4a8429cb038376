import type { Db } from '@bacc/db';
import { perDatabase, WriteGroups } from './verification-groups.ts';

interface Hit {
  key: string;
  windowStart: Date;
}

const slotOf = (key: string, windowStart: Date | string) =>
  `${key}\u0000${new Date(windowStart).getTime()}`;

// Every lookup counts against its address's window, a write per lookup. Counted in groups, many
// lookups cost one upsert: each (key, window) once, by how many hits it got, and each lookup is
// told its own running total, exactly as if they had been counted one by one in arrival order.
const counter = perDatabase(
  (db: Db) =>
    new WriteGroups<Hit, number>(async (hits) => {
      const windows = new Map<string, { key: string; windowStart: Date; count: number }>();
      const positions = hits.map((hit) => {
        const slot = slotOf(hit.key, hit.windowStart);
        const window = windows.get(slot) ?? { ...hit, count: 0 };
        window.count++;
        windows.set(slot, window);
        return { slot, nth: window.count };
      });
      const rows = await db
        .insertInto('rate_limit_windows')
        .values(
          [...windows.values()].map((w) => ({
            key: w.key,
            window_start: w.windowStart,
            hits: w.count,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({
            hits: eb('rate_limit_windows.hits', '+', eb.ref('excluded.hits')),
          })),
        )
        .returning(['key', 'window_start', 'hits'])
        .execute();
      const totals = new Map(rows.map((r) => [slotOf(r.key, r.window_start), r.hits]));
      return positions.map(({ slot, nth }) => {
        const total = totals.get(slot);
        if (total === undefined) throw new Error('A rate-limit window was not counted.');
        return total - windows.get(slot)!.count + nth;
      });
    }),
);

/** Counts one verification lookup in its window; resolves with the window's total so far. */
export function countVerificationHit(db: Db, key: string, windowStart: Date): Promise<number> {
  return counter(db).add({ key, windowStart });
}
