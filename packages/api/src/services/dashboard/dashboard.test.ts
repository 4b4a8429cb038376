import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { addPlannedLearner, type CohortTenant, createCohortTenant } from '../cohorts/testing.ts';

/** A spread of learners: nothing, some, most, everything. */
async function seedCohort(db: Parameters<typeof addPlannedLearner>[0], t: CohortTenant) {
  const plans = [
    {},
    { gcse: { english: '2', maths: '1' }, hours: 10, projectHours: 10 },
    { gcse: { english: '3', maths: '3', science: '2' }, hours: 20, projectHours: 35 },
    { gcse: { english: '5', maths: '4', science: '6' }, hours: 40, projectHours: 70 },
    { gcse: { english: '5', maths: '4', science: '6' }, hours: 40, projectHours: 70 },
    { gcse: { english: '6', maths: '3', science: '6' }, hours: 40, projectHours: 70 },
    { gcse: { english: '4', maths: '4' }, hours: 30 },
  ];
  for (const [i, plan] of plans.entries())
    await addPlannedLearner(db, t, t.centreA.id, { ...plan, name: `Learner${i}` });
  // Noise that must not count: another centre, and another year.
  await addPlannedLearner(db, t, t.centreB.id, plans[3]!);
  await addPlannedLearner(db, t, t.centreA.id, { ...plans[3]!, leavingYear: 2027 });
}

describeEachDatabase('cohort dashboard', (suite) => {
  it('counts every figure exactly as the stored decisions do', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    await seedCohort(db, t);
    const staff = callerFor(db, t.staffA);
    const d = await staff.centre.cohorts.dashboard({ centreId: t.centreA.id, leavingYear: 2026 });

    const raw = await db
      .selectFrom('learners')
      .leftJoin('learner_decisions', 'learner_decisions.learner_id', 'learners.id')
      .select([
        'learners.id',
        'learner_decisions.tier',
        'learner_decisions.pathway',
        'learner_decisions.unmet_components as unmet',
        'learner_decisions.gap_size as gapSize',
      ])
      .where('learners.centre_id', '=', t.centreA.id)
      .where('learners.leaving_year', '=', 2026)
      .execute();
    expect(d.total).toBe(raw.length);
    expect(d.total).toBe(7);
    for (const tier of d.tiers) {
      const n = raw.filter((r) => (r.tier ?? 'none') === tier.id).length;
      expect(tier.count, tier.name).toBe(n);
      expect(tier.percent).toBe(Math.round((n * 100) / raw.length));
    }
    expect(d.tiers.reduce((s, x) => s + x.count, 0)).toBe(raw.length);
    expect(d.tiers.filter((x) => x.count > 0).length).toBeGreaterThan(2);
    for (const p of d.pathways)
      expect(p.count, p.name).toBe(raw.filter((r) => r.pathway === p.id).length);
    for (const c of d.components) {
      const missing = raw.filter((r) => (r.unmet ?? []).includes(c.id)).length;
      expect(c.missing, c.name).toBe(missing);
      expect(c.met).toBe(
        raw.filter((r) => r.tier !== undefined && r.unmet !== null).length - missing,
      );
    }
    // Closest first: gap sizes never decrease, and every gap is put in words.
    const gaps = d.closest.map((l) => l.gapSize);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(d.closest.length).toBe(raw.filter((r) => r.gapSize !== null).length);
    for (const l of d.closest) {
      expect(l.needs.length).toBe(l.gapSize);
      expect(l.needs.every((n) => n.text.length > 0)).toBe(true);
    }

    // Every figure's link lands on a filtered list of the same size.
    for (const tier of d.tiers) {
      const list = await staff.centre.learners.list({
        centreId: t.centreA.id,
        leavingYear: 2026,
        tier: tier.id,
      });
      expect(list.total, tier.name).toBe(tier.count);
    }
    for (const c of d.components) {
      const list = await staff.centre.learners.list({
        centreId: t.centreA.id,
        leavingYear: 2026,
        missing: c.id,
      });
      expect(list.total, c.name).toBe(c.missing);
    }
    for (const p of d.pathways) {
      const list = await staff.centre.learners.list({
        centreId: t.centreA.id,
        leavingYear: 2026,
        pathway: p.id,
      });
      expect(list.total, p.name).toBe(p.count);
      expect(list.items.every((l) => l.pathway === p.id)).toBe(true);
    }
  });

  it('answers only for the caller’s centre and a cohort that exists', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const staff = callerFor(db, t.staffA);
    await expect(
      staff.centre.cohorts.dashboard({ centreId: t.centreB.id, leavingYear: 2026 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      staff.centre.cohorts.dashboard({ centreId: t.centreA.id, leavingYear: 2031 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const empty = await staff.centre.cohorts.dashboard({
      centreId: t.centreA.id,
      leavingYear: 2026,
    });
    expect(empty).toMatchObject({ total: 0, closest: [] });
    expect(empty.tiers.every((x) => x.count === 0 && x.percent === 0)).toBe(true);
  });
});
