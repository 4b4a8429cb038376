import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { addPlannedLearner, createCohortTenant } from './testing.ts';

describeEachDatabase('cohorts', (suite) => {
  it('lists leaving years with head counts, and lets a centre admin open a new one', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    await addPlannedLearner(db, t, t.centreA.id, { gcse: { english: '4', maths: '4' } });
    const waiting = await addPlannedLearner(db, t, t.centreA.id, { leavingYear: 2028 });
    const staff = callerFor(db, t.staffA);
    const head = callerFor(db, t.centreAdminA);

    const before = await staff.centre.cohorts.list({ centreId: t.centreA.id });
    expect(before).toMatchObject([
      { leavingYear: 2026, learnerCount: 1, frameworkVersionNumber: 1 },
    ]);
    expect(before[0]?.tiers.map((x) => x.name)).toEqual([
      'Advanced',
      'Intermediate',
      'Foundation',
      'Entry',
    ]);
    expect(before[0]?.components[0]).toEqual({ id: 'core_learning', name: 'Core Learning' });
    const published = await staff.centre.frameworks.published({ centreId: t.centreA.id });
    expect(published.map((f) => f.id)).toEqual([t.frameworkVersionId]);

    await expect(
      staff.centre.cohorts.create({
        centreId: t.centreA.id,
        leavingYear: 2028,
        frameworkVersionId: t.frameworkVersionId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const created = await head.centre.cohorts.create({
      centreId: t.centreA.id,
      leavingYear: 2028,
      frameworkVersionId: t.frameworkVersionId,
    });
    // The learner already entered for 2028 is decided at once.
    expect(created.decided).toBe(1);
    const decision = await db
      .selectFrom('learner_decisions')
      .select('learner_id')
      .where('learner_id', '=', waiting.id)
      .executeTakeFirst();
    expect(decision).toBeDefined();
    await expect(
      head.centre.cohorts.create({
        centreId: t.centreA.id,
        leavingYear: 2028,
        frameworkVersionId: t.frameworkVersionId,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('2028') });

    const after = await staff.centre.cohorts.list({ centreId: t.centreA.id });
    expect(after.map((c) => c.leavingYear)).toEqual([2028, 2026]);
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'centre_id'])
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit).toEqual([{ action: 'cohort.created', centre_id: t.centreA.id }]);
  });

  it('refuses another trust’s framework version and another centre, changing nothing', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const other = await createCohortTenant(db, 'Other');
    const head = callerFor(db, t.centreAdminA);
    await expect(
      head.centre.cohorts.create({
        centreId: t.centreA.id,
        leavingYear: 2029,
        frameworkVersionId: other.frameworkVersionId,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      head.centre.cohorts.create({
        centreId: t.centreB.id,
        leavingYear: 2029,
        frameworkVersionId: t.frameworkVersionId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(head.centre.cohorts.list({ centreId: t.centreB.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      head.centre.frameworks.published({ centreId: t.centreB.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cohorts = await db
      .selectFrom('cohorts')
      .select('leaving_year')
      .where('trust_id', 'in', [t.trust.id, other.trust.id])
      .where('leaving_year', '=', 2029)
      .execute();
    expect(cohorts).toEqual([]);
  });

  it('filters learners by tier, no award, missing component and pathway, each row with its standing', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const none = await addPlannedLearner(db, t, t.centreA.id, { name: 'Nobody' });
    const some = await addPlannedLearner(db, t, t.centreA.id, {
      name: 'Somebody',
      gcse: { english: '5', maths: '4', science: '6' },
      hours: 40,
      projectHours: 70,
    });
    await addPlannedLearner(db, t, t.centreB.id, { name: 'Elsewhere' });
    const staff = callerFor(db, t.staffA);
    const all = await staff.centre.learners.list({ centreId: t.centreA.id });
    expect(all.total).toBe(2);
    const row = all.items.find((l) => l.id === some.id)!;
    expect(row.tier).not.toBeNull();
    expect(row.tierName).toEqual(expect.any(String));
    expect(row.pathway).toBe('general');
    const noAward = await staff.centre.learners.list({ centreId: t.centreA.id, tier: 'none' });
    expect(noAward.items.map((l) => l.id)).toEqual([none.id]);
    const atTier = await staff.centre.learners.list({ centreId: t.centreA.id, tier: row.tier! });
    expect(atTier.items.map((l) => l.id)).toEqual([some.id]);
    const missingProject = await staff.centre.learners.list({
      centreId: t.centreA.id,
      missing: 'personal_project',
    });
    expect(missingProject.items.map((l) => l.id)).toContain(none.id);
    const general = await staff.centre.learners.list({
      centreId: t.centreA.id,
      pathway: 'general',
    });
    // Every learner has a pathway, awarded or not; none here is technical.
    expect(general.total).toBe(2);
    const technical = await staff.centre.learners.list({
      centreId: t.centreA.id,
      pathway: 'technical',
    });
    expect(technical.total).toBe(0);
    await expect(
      staff.centre.learners.list({ centreId: t.centreA.id, tier: "x'; drop table learners" }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
