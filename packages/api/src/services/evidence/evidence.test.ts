import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { createCatalogue, createCohort, createLearnerShortOfHours, storedTier } from './testing.ts';

type Failure = { code: string; message: string; cause?: { details?: Record<string, unknown> } };
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as Failure,
  );

describeEachDatabase('a learner’s record: results, projects, activities', (suite) => {
  async function setUp() {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const scopeA = { trustId: t.trust.id, centreId: t.centreA.id };
    const scopeB = { trustId: t.trust.id, centreId: t.centreB.id };
    const catalogue = await createCatalogue(db, t.trust.id);
    await createCohort(db, scopeA);
    const staff = callerFor(db, t.staffA);
    return { db, t, scopeA, scopeB, catalogue, staff, centreId: t.centreA.id };
  }

  const auditOf = (db: typeof suite.handle.db, entityId: string) =>
    db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after', 'actor_user_id as actor'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  it('adding verified PD hours raises the stored tier of a learner short only of hours', async () => {
    const { db, t, scopeA, catalogue, staff, centreId } = await setUp();
    const learner = await createLearnerShortOfHours(db, scopeA, catalogue);
    // Decide once as the seed would, through an edit that changes nothing that counts.
    const first = await staff.centre.learners.record({ centreId, learnerId: learner.id });
    expect(first.decision).toBeNull();
    const p = first.projects[0]!;
    await staff.centre.projects.update({
      centreId,
      id: p.id,
      version: p.version,
      project: {
        learnerId: learner.id,
        title: p.title,
        kind: 'epq',
        qualificationId: catalogue.epq,
        grade: 'B',
        hours: null,
      },
    });
    expect(await storedTier(db, learner.id)).toMatchObject({ tier: 'foundation' });
    const record = await staff.centre.learners.record({ centreId, learnerId: learner.id });
    expect(record.decision?.decision.explanation?.gap?.needs.map((n) => n.text).join(' ')).toMatch(
      /hours/,
    );

    const activity = await staff.centre.activities.create({
      centreId,
      activity: {
        learnerId: learner.id,
        strand: 'physical_outdoor',
        hours: 10,
        startedOn: '2026-01-10',
        endedOn: '2026-03-01',
        description: 'Duke of Edinburgh expedition',
        verifiedBy: 'Mr Coach',
      },
    });
    expect(activity).toMatchObject({ hours: 10, version: 1, verifiedBy: 'Mr Coach' });
    expect(await storedTier(db, learner.id)).toMatchObject({ tier: 'intermediate' });
    const events = await auditOf(db, activity.id);
    expect(events).toEqual([
      expect.objectContaining({ action: 'activity.created', before: null, actor: t.staffA.id }),
    ]);
    expect(events[0]?.after).toMatchObject({ hours: 10, strand: 'physical_outdoor' });

    // Deleting it again brings the tier back down.
    await staff.centre.activities.delete({ centreId, id: activity.id, version: 1 });
    expect(await storedTier(db, learner.id)).toMatchObject({ tier: 'foundation' });
    expect((await auditOf(db, activity.id)).map((e) => e.action)).toEqual([
      'activity.created',
      'activity.deleted',
    ]);
  });

  it('the record query returns evidence with versions, English and maths, the decision and the framework', async () => {
    const { db, scopeA, catalogue, staff, centreId } = await setUp();
    const learner = await createLearnerShortOfHours(db, scopeA, catalogue);
    await staff.centre.results.create({
      centreId,
      result: {
        learnerId: learner.id,
        qualificationId: catalogue.maths,
        grade: '7',
        status: 'provisional',
        awardedOn: null,
      },
    });
    const record = await staff.centre.learners.record({ centreId, learnerId: learner.id });
    expect(record.locked).toBe(false);
    expect(record.results).toHaveLength(5);
    expect(record.results.every((r) => r.version === 1)).toBe(true);
    expect(record.activities).toHaveLength(3);
    expect(record.framework?.definition.id).toBe('national_bacc_england');
    expect(record.decision?.decision.tier?.id).toBe('foundation');
    const maths = record.englishMaths.find((e) => e.subject === 'maths');
    expect(maths?.best).toMatchObject({ grade: '7', status: 'provisional' });
    expect(maths?.resultIds).toHaveLength(2);
    // Explicit selects: nothing about other tenants or internal columns.
    expect(Object.keys(record.learner)).not.toContain('trust_id');
    expect(Object.keys(record.results[0]!)).not.toContain('trust_id');
  });

  it('refuses a grade that is not on the qualification’s scale, naming the field, and writes nothing', async () => {
    const { db, scopeA, catalogue, staff, centreId } = await setUp();
    const learner = await createLearnerRow(db, scopeA);
    const error = await failure(
      staff.centre.results.create({
        centreId,
        result: {
          learnerId: learner.id,
          qualificationId: catalogue.english,
          grade: 'A*',
          status: 'confirmed',
          awardedOn: null,
        },
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Grade "A*" is not on the GCSE (9–1) scale');
    expect(error.message).toContain('result.grade');
    expect(error.cause?.details).toMatchObject({ field: 'grade' });
    const badQualification = await failure(
      staff.centre.results.create({
        centreId,
        result: {
          learnerId: learner.id,
          qualificationId: learner.id,
          grade: '4',
          status: 'confirmed',
          awardedOn: null,
        },
      }),
    );
    expect(badQualification).toMatchObject({ code: 'BAD_REQUEST' });
    expect(badQualification.cause?.details).toMatchObject({ field: 'qualificationId' });
    const projectWithoutQualification = await failure(
      staff.centre.projects.create({
        centreId,
        project: {
          learnerId: learner.id,
          title: 'Bees',
          kind: 'epq',
          qualificationId: null,
          grade: null,
          hours: null,
        },
      }),
    );
    expect(projectWithoutQualification.code).toBe('BAD_REQUEST');
    expect(projectWithoutQualification.message).toContain('project.qualificationId');
    const count = await db
      .selectFrom('results')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('learner_id', '=', learner.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('a stale save gets a conflict with the current values and changes nothing', async () => {
    const { db, scopeA, catalogue, staff, centreId } = await setUp();
    const learner = await createLearnerRow(db, scopeA);
    const input = {
      learnerId: learner.id,
      qualificationId: catalogue.history,
      grade: '4',
      status: 'provisional' as const,
      awardedOn: null,
    };
    const created = await staff.centre.results.create({ centreId, result: input });
    const saved = await staff.centre.results.update({
      centreId,
      id: created.id,
      version: 1,
      result: { ...input, grade: '6', status: 'confirmed' },
    });
    expect(saved).toMatchObject({ grade: '6', version: 2 });
    // A second tab still on version 1.
    const error = await failure(
      staff.centre.results.update({
        centreId,
        id: created.id,
        version: 1,
        result: { ...input, grade: '9' },
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.cause?.details?.current).toMatchObject({
      grade: '6',
      status: 'confirmed',
      version: 2,
    });
    const deleteStale = await failure(
      staff.centre.results.delete({ centreId, id: created.id, version: 1 }),
    );
    expect(deleteStale.code).toBe('CONFLICT');
    expect(deleteStale.cause?.details?.current).toMatchObject({ version: 2 });

    const project = await staff.centre.projects.create({
      centreId,
      project: {
        learnerId: learner.id,
        title: 'A garden',
        kind: 'centre_devised',
        qualificationId: null,
        grade: null,
        hours: 40,
      },
    });
    const projectInput = {
      learnerId: learner.id,
      title: 'A garden',
      kind: 'centre_devised' as const,
      qualificationId: null,
      grade: null,
      hours: 70,
    };
    await staff.centre.projects.update({
      centreId,
      id: project.id,
      version: 1,
      project: projectInput,
    });
    const staleProject = await failure(
      staff.centre.projects.update({
        centreId,
        id: project.id,
        version: 1,
        project: { ...projectInput, hours: 10 },
      }),
    );
    expect(staleProject.cause?.details?.current).toMatchObject({ hours: 70, version: 2 });

    const activityInput = {
      learnerId: learner.id,
      strand: 'creative_cultural' as const,
      hours: 5,
      startedOn: null,
      endedOn: null,
      description: 'Choir',
      verifiedBy: null,
    };
    const activity = await staff.centre.activities.create({ centreId, activity: activityInput });
    await staff.centre.activities.update({
      centreId,
      id: activity.id,
      version: 1,
      activity: { ...activityInput, hours: 6 },
    });
    const staleActivity = await failure(
      staff.centre.activities.update({
        centreId,
        id: activity.id,
        version: 1,
        activity: { ...activityInput, hours: 99 },
      }),
    );
    expect(staleActivity.cause?.details?.current).toMatchObject({ hours: 6, version: 2 });

    const stored = await db
      .selectFrom('results')
      .select(['grade', 'version'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ grade: '6', version: 2 });
    const events = await auditOf(db, created.id);
    expect(events.map((e) => e.action)).toEqual(['result.created', 'result.updated']);
    expect(events[1]?.before).toMatchObject({ grade: '4', version: 1 });
    expect(events[1]?.after).toMatchObject({ grade: '6', version: 2 });
  });

  it('refuses edits to a learner submitted for award', async () => {
    const { db, t, scopeA, catalogue, staff, centreId } = await setUp();
    const learner = await createLearnerShortOfHours(db, scopeA, catalogue);
    const cohort = await db
      .selectFrom('cohorts')
      .select('id')
      .where('centre_id', '=', centreId)
      .executeTakeFirstOrThrow();
    const submission = await db
      .insertInto('submissions')
      .values({
        trust_id: t.trust.id,
        centre_id: centreId,
        cohort_id: cohort.id,
        learner_count: 1,
        submitted_by: t.centreAdminA.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('learners')
      .set({ submission_id: submission.id })
      .where('id', '=', learner.id)
      .execute();
    const record = await staff.centre.learners.record({ centreId, learnerId: learner.id });
    expect(record.locked).toBe(true);
    const error = await failure(
      staff.centre.activities.create({
        centreId,
        activity: {
          learnerId: learner.id,
          strand: 'physical_outdoor',
          hours: 10,
          startedOn: null,
          endedOn: null,
          description: 'Run',
          verifiedBy: 'X',
        },
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('submitted for award');
    const a = record.activities[0]!;
    await expect(
      staff.centre.activities.delete({ centreId, id: a.id, version: a.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

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
