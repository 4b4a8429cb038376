import { expect, it } from 'vitest';
import { createLearnerRow, createTenant, describeEachDatabase } from '../testing/index.ts';
import { listCentresWithCounts } from './centres.ts';
import { findLearner, listLearners } from './learners.ts';

describeEachDatabase('repositories keep tenants apart', (suite) => {
  it('lists only the named centre’s learners, paged and searchable', async () => {
    const { db } = suite.handle;
    const { trust, centreA, centreB } = await createTenant(db);
    const a = { trustId: trust.id, centreId: centreA.id };
    const b = { trustId: trust.id, centreId: centreB.id };
    for (let i = 0; i < 30; i++) await createLearnerRow(db, a);
    await createLearnerRow(db, a, {
      legal_given_name: 'Zoë',
      legal_family_name: "O'Brien",
      leaving_year: 2027,
    });
    const other = await createLearnerRow(db, b);

    const page1 = await listLearners(db, a, { page: 1, pageSize: 25 });
    expect(page1.total).toBe(31);
    expect(page1.items).toHaveLength(25);
    const page2 = await listLearners(db, a, { page: 2, pageSize: 25 });
    expect(page2.items).toHaveLength(6);
    expect(new Set([...page1.items, ...page2.items].map((l) => l.id)).size).toBe(31);

    expect(
      (await listLearners(db, a, { search: "o'bri", page: 1, pageSize: 25 })).items[0]
        ?.legalGivenName,
    ).toBe('Zoë');
    expect((await listLearners(db, a, { leavingYear: 2027, page: 1, pageSize: 25 })).total).toBe(1);
    expect((await listLearners(db, a, { search: '100%', page: 1, pageSize: 25 })).total).toBe(0);

    expect(await findLearner(db, a, other.id)).toBeUndefined();
    expect(await findLearner(db, b, other.id)).toBeDefined();
  });

  it('refuses evidence whose centre differs from its learner’s (composite keys)', async () => {
    const { db } = suite.handle;
    const { trust, centreA, centreB } = await createTenant(db);
    const learner = await createLearnerRow(db, { trustId: trust.id, centreId: centreA.id });
    await expect(
      db
        .insertInto('activities')
        .values({
          trust_id: trust.id,
          centre_id: centreB.id,
          learner_id: learner.id,
          strand: 'physical_outdoor',
          hours: 5,
          description: 'Cross-centre attempt',
          started_on: null,
          ended_on: null,
          verified_by: null,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('counts learners and staff per centre within the trust only', async () => {
    const { db } = suite.handle;
    const mine = await createTenant(db, 'Mine');
    const theirs = await createTenant(db, 'Theirs');
    await createLearnerRow(db, { trustId: mine.trust.id, centreId: mine.centreA.id });
    await createLearnerRow(
      db,
      { trustId: mine.trust.id, centreId: mine.centreA.id },
      { leaving_year: 2027 },
    );
    await createLearnerRow(db, { trustId: theirs.trust.id, centreId: theirs.centreA.id });
    const centres = await listCentresWithCounts(db, { trustId: mine.trust.id });
    expect(centres.map((c) => c.name).sort()).toEqual(['Mine Centre 1', 'Mine Centre 2']);
    const a = centres.find((c) => c.id === mine.centreA.id)!;
    expect(a.learnerCount).toBe(2);
    expect(a.leavingYears).toEqual([2026, 2027]);
    expect(centres.find((c) => c.id === mine.centreB.id)!.learnerCount).toBe(0);
  });
});
