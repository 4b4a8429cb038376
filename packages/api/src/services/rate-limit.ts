import { countRateLimitHit, type Db, pruneRateLimitWindows } from '@bacc/db';
import { throttled } from '../errors.ts';

export interface RateLimit {
  /** What is being limited, e.g. `verify:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/** Counts one hit for the key in the window; returns the window's total so far. */
export type HitCounter = (db: Db, key: string, windowStart: Date) => Promise<number>;

/** Public verification: generous for people, useless for guessing 80-bit codes. */
export const verificationLookupLimit = { limit: 60, windowSeconds: 60 };

/**
 * Counts a request against a fixed window kept in the database (shared by every replica) and
 * refuses it, saying when to retry, once the window's limit is spent.
 */
export async function assertWithinRateLimit(
  db: Db,
  rule: RateLimit,
  now: Date,
  count: HitCounter = countRateLimitHit,
) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const hits = await count(db, rule.key, windowStart);
  // Old windows are only history; clearing them now and then keeps the table small.
  if (hits === 1 && Math.random() < 0.01)
    await pruneRateLimitWindows(db, new Date(now.getTime() - 86_400_000));
  if (hits > rule.limit) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
    );
    throw throttled(
      `Too many checks from your connection. Try again in ${retryAfterSeconds} seconds.`,
      retryAfterSeconds,
    );
  }
}
