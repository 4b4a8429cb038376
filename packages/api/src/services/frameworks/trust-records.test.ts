import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { createTenantWithUsers } from '../../testing/index.ts';
import { loadLearnerRecords } from '../records/learner-record.ts';
import { seedNationalBaccTrust } from './testing.ts';
import { trustRecordBatches } from './trust-records.ts';

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id));

describeEachDatabase('trust-wide evidence batches', (suite) => {
  it('give every learner exactly the record the per-centre loader gives, across batch boundaries', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const trustId = t.trust.id;
    await seedNationalBaccTrust(db, t, { a: [100, 120, 90], b: [150, 101] });
    // The awkward cases: nulls, an ungraded accredited project, unverified and dated hours,
    // a provisional result, text with the characters the packing uses.
    const someone = await db
      .selectFrom('learners')
      .select(['id', 'centre_id'])
      .where('trust_id', '=', trustId)
      .where('centre_id', '=', t.centreA.id)
      .executeTakeFirstOrThrow();
    const cols = { trust_id: trustId, centre_id: someone.centre_id, learner_id: someone.id };
    await db
      .insertInto('activities')
      .values([
        {
          ...cols,
          strand: 'creative_cultural',
          hours: 7.5,
          description: 'Choir',
          verified_by: null,
        },
        {
          ...cols,
          strand: 'physical_outdoor',
          hours: 12,
          started_on: '2025-09-01',
          ended_on: '2026-03-31',
          description: 'D of E, with ; and , and | in it',
          verified_by: '',
        },
      ])
      .execute();
    await db
      .insertInto('projects')
      .values({
        ...cols,
        title: 'Robots\u001fand\u001ethings',
        kind: 'accredited',
        grade: null,
        hours: null,
      })
      .execute();
    const result = await db
      .selectFrom('results')
      .select('id')
      .where('learner_id', '=', someone.id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('results')
      .set({ status: 'provisional' })
      .where('id', '=', result.id)
      .execute();

    const seen = new Map<string, unknown>();
    for await (const batch of trustRecordBatches(db, { trustId }, {}, 2)) {
      expect(batch.learners.length).toBeLessThanOrEqual(2);
      for (const l of batch.learners) seen.set(l.id, batch.records.get(l.id));
    }
    expect(seen.size).toBe(5);
    for (const centre of [t.centreA, t.centreB]) {
      const ids = (
        await db.selectFrom('learners').select('id').where('centre_id', '=', centre.id).execute()
      ).map((l) => l.id);
      const expected = await loadLearnerRecords(db, { trustId, centreId: centre.id }, ids);
      for (const id of ids) {
        const mine = seen.get(id) as NonNullable<ReturnType<typeof expected.get>>;
        const theirs = expected.get(id)!;
        expect(byId(mine.results)).toEqual(byId(theirs.results));
        expect(byId(mine.projects)).toEqual(byId(theirs.projects));
        expect(byId(mine.activities)).toEqual(byId(theirs.activities));
      }
    }

    // A centre and a leaving year narrow the learners; nobody from another trust appears.
    const other = await createTenantWithUsers(db, 'Other');
    await seedNationalBaccTrust(db, other, { a: [100], b: [] });
    let count = 0;
    for await (const batch of trustRecordBatches(
      db,
      { trustId },
      { centreId: t.centreB.id, leavingYear: 2026 },
    ))
      count += batch.learners.length;
    expect(count).toBe(2);
  });
});
