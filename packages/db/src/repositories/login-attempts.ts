import type { Db } from './scope.ts';

export function recordLoginAttempt(db: Db, keys: string[], succeeded: boolean) {
  return db
    .insertInto('login_attempts')
    .values(keys.map((key) => ({ key, succeeded })))
    .execute();
}

/** Failures for a key since a moment, counting only those after the key's last success. */
export async function countRecentFailures(db: Db, key: string, since: Date) {
  const row = await db
    .selectFrom('login_attempts as a')
    .select((eb) => [
      eb.fn.countAll<number>().as('failures'),
      eb.fn.max('a.attempted_at').as('latest'),
    ])
    .where('a.key', '=', key)
    .where('a.succeeded', '=', false)
    .where('a.attempted_at', '>', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('login_attempts as s')
            .select('s.id')
            .whereRef('s.key', '=', 'a.key')
            .where('s.succeeded', '=', true)
            .whereRef('s.attempted_at', '>', 'a.attempted_at'),
        ),
      ),
    )
    .executeTakeFirst();
  return {
    failures: Number(row?.failures ?? 0),
    latest: row?.latest ? new Date(row.latest) : null,
  };
}

export function pruneLoginAttempts(db: Db, before: Date) {
  return db.deleteFrom('login_attempts').where('attempted_at', '<', before).execute();
}
