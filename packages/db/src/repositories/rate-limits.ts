import type { Db } from './scope.ts';

/** Counts one more hit for the key in the window and returns the window's total so far. */
export async function countRateLimitHit(db: Db, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto('rate_limit_windows')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc
        .columns(['key', 'window_start'])
        .doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

export function pruneRateLimitWindows(db: Db, before: Date) {
  return db.deleteFrom('rate_limit_windows').where('window_start', '<', before).execute();
}
