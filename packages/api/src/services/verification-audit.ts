import type { Database, Kysely } from '@bacc/db';

/** One lookup that found an award, as its centre's audit log records it. */
export interface AwardLookup {
  trustId: string;
  centreId: string;
  awardId: string;
  learnerId: string | null;
  answer: 'valid' | 'revoked' | 'superseded';
}

type Waiting = { lookup: AwardLookup; done: () => void; failed: (error: unknown) => void };

/** The most lookups written in one statement. */
const MAX_BATCH = 500;

/**
 * Writes lookups to the audit log in groups. The audit log is one hash chain, so its writers
 * take turns (one lock, one commit each): written one by one, lookups on a busy results day
 * would queue for that lock. Instead, lookups that arrive while a write is under way wait and
 * are written together by the next one, in a single statement. Each lookup is answered only
 * once its record is committed, so nothing is lost, and a lone lookup is written at once.
 */
class LookupRecorder {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly db: Kysely<Database>) {}

  record(lookup: AwardLookup): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ lookup, done, failed });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting() {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        await this.db
          .insertInto('audit_events')
          .values(
            batch.map(({ lookup }) => ({
              trust_id: lookup.trustId,
              centre_id: lookup.centreId,
              actor_user_id: null,
              action: 'award.verified',
              entity: 'award',
              entity_id: lookup.awardId,
              before: null,
              // Nothing about who asked: no address, no browser, no account.
              after: JSON.stringify({ learnerId: lookup.learnerId, answer: lookup.answer }),
            })),
          )
          .execute();
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch) w.failed(error);
      }
    }
    this.writing = false;
  }
}

const recorders = new WeakMap<Kysely<Database>, LookupRecorder>();

/** Records a lookup in the award's centre's audit log; resolves once it is committed. */
export function recordAwardLookup(db: Kysely<Database>, lookup: AwardLookup): Promise<void> {
  let recorder = recorders.get(db);
  if (!recorder) {
    recorder = new LookupRecorder(db);
    recorders.set(db, recorder);
  }
  return recorder.record(lookup);
}
