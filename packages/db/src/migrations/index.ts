import type { Migration } from 'kysely';
import * as foundation from './2026-11-22T07-00_foundation.ts';
import * as learnerRecords from './2026-11-22T08-00_learner-records.ts';

/** Every migration, by timestamped name; Kysely runs them in name order. */
export const migrations: Record<string, Migration> = {
  '2026-11-22T07-00_foundation': foundation,
  '2026-11-22T08-00_learner-records': learnerRecords,
};
