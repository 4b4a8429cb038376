import { type Db, inSystemScope } from '@bacc/db';
import { perDatabase, WriteGroups } from './verification-groups.ts';

/** One lookup that found an award, as its centre's audit log records it. */
export interface AwardLookup {
  trustId: string;
  centreId: string;
  awardId: string;
  learnerId: string | null;
  answer: 'valid' | 'revoked' | 'superseded';
}

// The audit log is one hash chain, so its writers take turns (one lock, one commit each): written
// one by one, lookups on a busy results day would queue for that lock. Written in groups, one
// multi-row insert extends the chain for many lookups.
const recorder = perDatabase(
  (db: Db) =>
    new WriteGroups<AwardLookup, void>(async (lookups) => {
      // One group holds lookups of many trusts' awards.
      await inSystemScope(db, (trx) =>
        trx
          .insertInto('audit_events')
          .values(
            lookups.map((lookup) => ({
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
          .execute(),
      );
      return lookups.map(() => undefined);
    }),
);

/** Records a lookup in the award's centre's audit log; resolves once it is committed. */
export function recordAwardLookup(db: Db, lookup: AwardLookup): Promise<void> {
  return recorder(db).add(lookup);
}
