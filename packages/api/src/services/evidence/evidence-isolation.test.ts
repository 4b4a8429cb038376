import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { createCatalogue, createLearnerShortOfHours, setUpRecordTenant } from './testing.ts';

describeEachDatabase('a learner’s record stays inside its centre and trust', (suite) => {
  const setUp = () => setUpRecordTenant(suite.handle.db);

  it('keeps every new procedure inside the caller’s centre', async () => {
    const { db, t, scopeB, catalogue, staff, centreId } = await setUp();
    const other = await createLearnerShortOfHours(db, scopeB, catalogue);
    const theirs = await callerFor(db, t.staffB).centre.learners.record({
      centreId: t.centreB.id,
      learnerId: other.id,
    });
    const r = theirs.results[0]!;
    const p = theirs.projects[0]!;
    const a = theirs.activities[0]!;
    const resultInput = {
      learnerId: other.id,
      qualificationId: catalogue.english,
      grade: '9',
      status: 'confirmed' as const,
      awardedOn: null,
    };
    const projectInput = {
      learnerId: other.id,
      title: 'Mine now',
      kind: 'epq' as const,
      qualificationId: catalogue.epq,
      grade: 'A',
      hours: null,
    };
    const activityInput = {
      learnerId: other.id,
      strand: 'physical_outdoor' as const,
      hours: 500,
      startedOn: null,
      endedOn: null,
      description: 'x',
      verifiedBy: 'y',
    };

    // Naming the other centre is refused outright...
    const other_ = t.centreB.id;
    for (const call of [
      () => staff.centre.learners.record({ centreId: other_, learnerId: other.id }),
      () => staff.centre.catalogue.list({ centreId: other_ }),
      () => staff.centre.results.create({ centreId: other_, result: resultInput }),
      () =>
        staff.centre.results.update({
          centreId: other_,
          id: r.id,
          version: r.version,
          result: resultInput,
        }),
      () => staff.centre.results.delete({ centreId: other_, id: r.id, version: r.version }),
      () => staff.centre.projects.create({ centreId: other_, project: projectInput }),
      () =>
        staff.centre.projects.update({
          centreId: other_,
          id: p.id,
          version: p.version,
          project: projectInput,
        }),
      () => staff.centre.projects.delete({ centreId: other_, id: p.id, version: p.version }),
      () => staff.centre.activities.create({ centreId: other_, activity: activityInput }),
      () =>
        staff.centre.activities.update({
          centreId: other_,
          id: a.id,
          version: a.version,
          activity: activityInput,
        }),
      () => staff.centre.activities.delete({ centreId: other_, id: a.id, version: a.version }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // ...and naming one's own centre with the other centre's records finds nothing.
    for (const call of [
      () => staff.centre.learners.record({ centreId, learnerId: other.id }),
      () => staff.centre.results.create({ centreId, result: resultInput }),
      () =>
        staff.centre.results.update({
          centreId,
          id: r.id,
          version: r.version,
          result: resultInput,
        }),
      () => staff.centre.results.delete({ centreId, id: r.id, version: r.version }),
      () => staff.centre.projects.create({ centreId, project: projectInput }),
      () =>
        staff.centre.projects.update({
          centreId,
          id: p.id,
          version: p.version,
          project: projectInput,
        }),
      () => staff.centre.projects.delete({ centreId, id: p.id, version: p.version }),
      () => staff.centre.activities.create({ centreId, activity: activityInput }),
      () =>
        staff.centre.activities.update({
          centreId,
          id: a.id,
          version: a.version,
          activity: activityInput,
        }),
      () => staff.centre.activities.delete({ centreId, id: a.id, version: a.version }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const after = await callerFor(db, t.staffB).centre.learners.record({
      centreId: t.centreB.id,
      learnerId: other.id,
    });
    expect(after.results).toEqual(theirs.results);
    expect(after.projects).toEqual(theirs.projects);
    expect(after.activities).toEqual(theirs.activities);
    const events = await db
      .selectFrom('audit_events')
      .select('action')
      .where('centre_id', '=', t.centreB.id)
      .execute();
    expect(events).toEqual([]);
  });

  it('the catalogue lists only the caller’s trust', async () => {
    const { db, staff, centreId, catalogue } = await setUp();
    const neighbour = await createTenantWithUsers(db, 'Neighbour');
    await createCatalogue(db, neighbour.trust.id);
    const list = await staff.centre.catalogue.list({ centreId });
    expect(list.qualifications.map((q) => q.id).sort()).toEqual(Object.values(catalogue).sort());
    expect(list.gradeScales.map((s) => s.key).sort()).toEqual(['epq', 'gcse_9_1']);
    expect(list.gradeScales.find((s) => s.key === 'epq')?.grades).toContain('A*');
  });
});
