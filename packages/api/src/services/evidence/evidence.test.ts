import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { createLearnerShortOfHours, failure, setUpRecordTenant, storedTier } from './testing.ts';

describeEachDatabase('a learner’s record: results, projects, activities', (suite) => {
  const setUp = () => setUpRecordTenant(suite.handle.db);

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
});
