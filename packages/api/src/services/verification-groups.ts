import type { Db } from '@bacc/db';

type Waiting<T, R> = { item: T; done: (result: R) => void; failed: (error: unknown) => void };

/**
 * Group commit for small writes that every lookup makes. Writes that arrive while one is under
 * way wait and go together in the next, as one statement; each caller gets its own result once
 * that statement has committed. A lone write goes at once, so nothing waits on a quiet day, and
 * on a busy one the database does one write for many lookups instead of one each.
 */
export class WriteGroups<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private writing = false;

  constructor(
    /** Writes a group; returns one result per item, in order. */
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly maxGroup = 500,
  ) {}

  add(item: T): Promise<R> {
    return new Promise((done, failed) => {
      this.waiting.push({ item, done, failed });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        const results = await this.write(group.map((w) => w.item));
        for (const [i, w] of group.entries()) w.done(results[i] as R);
      } catch (error) {
        for (const w of group) w.failed(error);
      }
    }
    this.writing = false;
  }
}

/** One value per database handle (each server process has one handle, so one group writer). */
export function perDatabase<V>(make: (db: Db) => V) {
  const made = new WeakMap<Db, V>();
  return (db: Db): V => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}
