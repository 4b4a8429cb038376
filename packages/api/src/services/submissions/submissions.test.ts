import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { accreditForTests } from '../accreditation/testing.ts';
import {
  addPlannedLearner,
  createCohortTenant as createUnaccreditedTenant,
} from '../cohorts/testing.ts';

// Only an accredited centre may submit; these tests are about submitting, so both centres are.
const createCohortTenant = async (...args: Parameters<typeof createUnaccreditedTenant>) =>
  accreditForTests(args[0], await createUnaccreditedTenant(...args));

const complete = { gcse: { english: '5', maths: '4', science: '6' }, hours: 40, projectHours: 70 };

const learnerInput = (family: string) => ({
  uln: null,
  upn: null,
  legalGivenName: 'Sam',
  legalFamilyName: family,
  preferredName: null,
  dateOfBirth: '2008-09-01',
  leavingYear: 2026,
});

describeEachDatabase('submit for award', (suite) => {
  it('locks submitted learners against edits until the trust returns them', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const a = await addPlannedLearner(db, t, t.centreA.id, { ...complete, name: 'Adeyemi' });
    const b = await addPlannedLearner(db, t, t.centreA.id, { ...complete, name: 'Brown' });
    const head = callerFor(db, t.centreAdminA);
    const staff = callerFor(db, t.staffA);

    const submission = await head.centre.submissions.create({
      centreId: t.centreA.id,
      leavingYear: 2026,
      learnerIds: [a.id],
    });
    expect(submission).toMatchObject({ status: 'pending', learnerCount: 1 });
    const row = await db
      .selectFrom('learners')
      .select(['id', 'submission_id'])
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(row.find((r) => r.id === a.id)?.submission_id).toBe(submission.id);
    expect(row.find((r) => r.id === b.id)?.submission_id).toBeNull();

    // A learner edit and an evidence edit on the submitted learner are refused.
    await expect(
      staff.centre.learners.update({
        centreId: t.centreA.id,
        learnerId: a.id,
        version: a.version,
        learner: learnerInput('Adeyemi'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('locked') });
    await expect(
      staff.centre.activities.create({
        centreId: t.centreA.id,
        activity: {
          learnerId: a.id,
          strand: 'creative_cultural',
          hours: 5,
          startedOn: null,
          endedOn: null,
          description: 'Choir',
          verifiedBy: null,
        },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // The learner not chosen stays editable.
    await staff.centre.learners.update({
      centreId: t.centreA.id,
      learnerId: b.id,
      version: b.version,
      learner: { ...learnerInput('Brown'), preferredName: 'Bee' },
    });

    // The list and the cohort show the submission.
    const list = await staff.centre.learners.list({ centreId: t.centreA.id, leavingYear: 2026 });
    expect(list.items.find((l) => l.id === a.id)?.submissionStatus).toBe('pending');
    const cohorts = await staff.centre.cohorts.list({ centreId: t.centreA.id });
    expect(cohorts[0]?.submissions[0]).toMatchObject({ status: 'pending', learnerCount: 1 });

    // The trust returns it with a comment: the learner unlocks.
    const trust = callerFor(db, t.admin);
    const pending = await trust.trust.submissions.list({ trustId: t.trust.id, status: 'pending' });
    expect(pending.map((s) => s.id)).toEqual([submission.id]);
    const returned = await trust.trust.submissions.return({
      trustId: t.trust.id,
      submissionId: submission.id,
      comment: 'Please confirm the science grade.',
    });
    expect(returned).toMatchObject({
      status: 'returned',
      comment: 'Please confirm the science grade.',
    });
    await staff.centre.learners.update({
      centreId: t.centreA.id,
      learnerId: a.id,
      version: a.version,
      learner: { ...learnerInput('Adeyemi'), preferredName: 'Ade' },
    });
    const afterReturn = await staff.centre.cohorts.list({ centreId: t.centreA.id });
    expect(afterReturn[0]?.submissions[0]?.comment).toBe('Please confirm the science grade.');
    // A settled submission cannot be settled again.
    await expect(
      trust.trust.submissions.approve({ trustId: t.trust.id, submissionId: submission.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    // Submitting the whole cohort takes everyone not already with the trust; approval keeps the lock.
    const whole = await head.centre.submissions.create({
      centreId: t.centreA.id,
      leavingYear: 2026,
    });
    expect(whole.learnerIds.sort()).toEqual([a.id, b.id].sort());
    await trust.trust.submissions.approve({ trustId: t.trust.id, submissionId: whole.id });
    await expect(
      staff.centre.learners.update({
        centreId: t.centreA.id,
        learnerId: b.id,
        version: b.version + 1,
        learner: learnerInput('Brown'),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      head.centre.submissions.create({ centreId: t.centreA.id, leavingYear: 2026 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('already') });

    const actions = await db
      .selectFrom('audit_events')
      .select('action')
      .where('trust_id', '=', t.trust.id)
      .where('action', 'like', 'submission.%')
      .orderBy('id')
      .execute();
    expect(actions.map((e) => e.action)).toEqual([
      'submission.created',
      'submission.returned',
      'submission.created',
      'submission.approved',
    ]);
  });

  it('refuses learners with provisional results or no decision, naming them, and changes nothing', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const ok = await addPlannedLearner(db, t, t.centreA.id, { ...complete, name: 'Okafor' });
    const waiting = await addPlannedLearner(db, t, t.centreA.id, {
      ...complete,
      gcse: { english: '5', maths: '4?' },
      name: 'Provisional',
    });
    const head = callerFor(db, t.centreAdminA);
    const error = await head.centre.submissions
      .create({ centreId: t.centreA.id, leavingYear: 2026, learnerIds: [ok.id, waiting.id] })
      .then(
        () => ({ code: 'OK', message: '' }),
        (e: unknown) => e as { code: string; message: string },
      );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.message).toContain('Sam Provisional');
    expect(error.message).not.toContain('Okafor');
    expect(error.message).toContain('provisional');

    // The submit screen's list says the same, learner by learner.
    const candidates = await head.centre.submissions.candidates({
      centreId: t.centreA.id,
      leavingYear: 2026,
    });
    expect(candidates.find((c) => c.id === waiting.id)).toMatchObject({
      blocker: 'provisional',
      provisionalResults: 1,
      ready: false,
    });
    expect(candidates.find((c) => c.id === ok.id)).toMatchObject({ blocker: null, ready: true });
    await expect(
      callerFor(db, t.staffB).centre.submissions.candidates({
        centreId: t.centreA.id,
        leavingYear: 2026,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // A leaving year without a cohort has no decisions, and no cohort to submit.
    await expect(
      head.centre.submissions.create({ centreId: t.centreA.id, leavingYear: 2027 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const submissions = await db
      .selectFrom('submissions')
      .select('id')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(submissions).toEqual([]);
  });

  it('lets only a centre admin of the centre submit, and only the trust settle', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const a = await addPlannedLearner(db, t, t.centreA.id, complete);
    const b = await addPlannedLearner(db, t, t.centreB.id, complete);
    await expect(
      callerFor(db, t.staffA).centre.submissions.create({
        centreId: t.centreA.id,
        leavingYear: 2026,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const head = callerFor(db, t.centreAdminA);
    // Another centre, by name or by one of its learners.
    await expect(
      head.centre.submissions.create({ centreId: t.centreB.id, leavingYear: 2026 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      head.centre.submissions.create({
        centreId: t.centreA.id,
        leavingYear: 2026,
        learnerIds: [b.id],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const mine = await head.centre.submissions.create({
      centreId: t.centreA.id,
      leavingYear: 2026,
      learnerIds: [a.id],
    });
    // Centre users cannot reach the trust's side; another trust's admin cannot see or settle it.
    await expect(
      callerFor(db, t.centreAdminA).trust.submissions.approve({
        trustId: t.trust.id,
        submissionId: mine.id,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await createCohortTenant(db, 'Other');
    const otherAdmin = callerFor(db, other.admin);
    await expect(
      otherAdmin.trust.submissions.return({
        trustId: other.trust.id,
        submissionId: mine.id,
        comment: 'Not yours',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await otherAdmin.trust.submissions.list({ trustId: other.trust.id })).toEqual([]);
    const still = await db
      .selectFrom('submissions')
      .select(['status', 'comment'])
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    expect(still).toEqual({ status: 'pending', comment: null });
    const bRow = await db
      .selectFrom('learners')
      .select('submission_id')
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow();
    expect(bRow.submission_id).toBeNull();
  });
});
