import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { seedDecidedTrust } from './seeded-trust.ts';
import { NO_AWARD, UNDECIDED } from './summarise.ts';

type Counts = Record<string, number>;
const tally = (keys: string[]) =>
  keys.reduce<Counts>((acc, k) => {
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});
const nonZero = (c: Record<string, number>) =>
  Object.fromEntries(Object.entries(c).filter(([, n]) => n > 0));

describeEachDatabase('analytics across the partnership', (suite) => {
  it('matches counts taken straight from the learner, decision and destination tables', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    await seedDecidedTrust(db, t);
    // Another trust's learners must never be counted.
    const other = await createTenantWithUsers(db, 'Other');
    await seedDecidedTrust(db, other, { centreA: 5, centreB: 5 });

    const raw = await db
      .selectFrom('learners')
      .leftJoin('learner_decisions', 'learner_decisions.learner_id', 'learners.id')
      .select([
        'learners.id',
        'learners.centre_id as centreId',
        'learners.leaving_year as leavingYear',
        'learner_decisions.learner_id as decidedId',
        'learner_decisions.tier',
        'learner_decisions.pathway',
        'learner_decisions.unmet_components as unmet',
      ])
      .where('learners.trust_id', '=', t.trust.id)
      .execute();
    const key = (r: (typeof raw)[number]) =>
      r.decidedId === null ? UNDECIDED : (r.tier ?? NO_AWARD);
    const admin = callerFor(db, t.admin);
    const all = await admin.trust.analytics.overview({ trustId: t.trust.id });

    expect(all.totals.learners).toBe(raw.length);
    expect(all.totals.decided).toBe(raw.filter((r) => r.decidedId).length);
    expect(all.totals.awarded).toBe(raw.filter((r) => r.tier).length);
    expect(nonZero(Object.fromEntries(all.byTier.map((b) => [b.key, b.count])))).toEqual(
      tally(raw.map(key)),
    );
    // The data covers several tiers, both pathways and undecided learners, so the check bites.
    expect(new Set(raw.map(key)).size).toBeGreaterThanOrEqual(4);
    expect(raw.some((r) => r.decidedId === null)).toBe(true);

    for (const c of all.byCentre) {
      const mine = raw.filter((r) => r.centreId === c.centreId);
      expect(c.learners).toBe(mine.length);
      expect(nonZero(c.tiers)).toEqual(tally(mine.map(key)));
    }
    for (const y of all.byYear) {
      const mine = raw.filter((r) => r.leavingYear === y.leavingYear);
      expect(y.learners).toBe(mine.length);
      expect(nonZero(y.tiers)).toEqual(tally(mine.map(key)));
    }
    const awarded = raw.filter((r) => r.tier);
    expect(Object.fromEntries(all.byPathway.map((p) => [p.key, p.count]))).toEqual(
      tally(awarded.map((r) => r.pathway ?? 'none')),
    );
    expect(all.byPathway.length).toBeGreaterThanOrEqual(2);
    expect(Object.fromEntries(all.byComponent.map((c) => [c.key, c.count]))).toEqual(
      tally(raw.flatMap((r) => r.unmet ?? [])),
    );

    const destinations = await db
      .selectFrom('destinations')
      .leftJoin('learner_decisions', 'learner_decisions.learner_id', 'destinations.learner_id')
      .select(['destinations.kind', 'learner_decisions.tier', 'destinations.sustained'])
      .where('destinations.trust_id', '=', t.trust.id)
      .execute();
    expect(all.destinations.total).toBe(destinations.length);
    for (const row of all.destinations.byTier) {
      const mine = destinations.filter((d) => (d.tier ?? NO_AWARD) === row.key);
      expect(row.total).toBe(mine.length);
      expect(nonZero(row.kinds)).toEqual(tally(mine.map((d) => d.kind)));
      expect(row.sustained).toBe(mine.filter((d) => d.sustained).length);
    }

    // One centre, one year: the centre's figures against the trust's, with the gap between them.
    const one = await admin.trust.analytics.overview({
      trustId: t.trust.id,
      centreId: t.centreA.id,
      leavingYear: 2026,
    });
    const year = raw.filter((r) => r.leavingYear === 2026);
    const centreYear = year.filter((r) => r.centreId === t.centreA.id);
    expect(one.totals.learners).toBe(centreYear.length);
    expect(one.trustTotals.learners).toBe(year.length);
    for (const b of one.byTier) {
      const n = centreYear.filter((r) => key(r) === b.key).length;
      const tn = year.filter((r) => key(r) === b.key).length;
      expect([b.count, b.trustCount]).toEqual([n, tn]);
      expect(b.gap).toBeCloseTo(n / centreYear.length - tn / year.length, 10);
    }
    expect(one.demographicsRecorded).toBe(false);
  });

  it('refuses a centre of another trust', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    await expect(
      callerFor(db, t.admin).trust.analytics.overview({
        trustId: t.trust.id,
        centreId: other.centreA.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
