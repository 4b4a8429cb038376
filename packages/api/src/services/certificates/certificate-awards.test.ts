import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { createContextInner } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { approvedSubmission } from '../awards/test-setup.ts';
import { eraseLearner } from '../data-protection/erase.ts';
import { awardForCertificate, cohortAwardsForCertificates } from './certificate-awards.ts';

describeEachDatabase('certificate awards', (suite) => {
  it('gives staff of the award’s centre everything the certificate prints', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const ctx = createContextInner({ db, user: t.staffA });
    const award = awards[0]!;
    const view = await awardForCertificate(
      ctx,
      { trustId: t.trust.id, centreId: t.centreA.id },
      award.id,
    );
    expect(view).toMatchObject({
      id: award.id,
      learnerName: award.learner_name,
      tier: award.tier,
      centreName: t.centreA.name,
      trustName: t.trust.name,
      status: 'valid',
    });
    expect(view.verificationCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(view.verifyUrl).toBe(`http://localhost:3000/v/${view.verificationCode}`);
    expect(view.components).toEqual(award.components);
  });

  it('finds nothing for another centre, another trust, or an id that is not a uuid', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const other = await approvedSubmission(db, 'Other');
    const ctx = createContextInner({ db });
    const centreB = { trustId: t.trust.id, centreId: t.centreB.id };
    await expect(awardForCertificate(ctx, centreB, awards[0]!.id)).rejects.toThrow('That award');
    const otherTrust = { trustId: other.t.trust.id, centreId: other.t.centreA.id };
    await expect(awardForCertificate(ctx, otherTrust, awards[0]!.id)).rejects.toThrow('That award');
    await expect(awardForCertificate(ctx, centreB, 'not-a-uuid')).rejects.toThrow('That award');
  });

  it('lists a cohort’s current awards in name order, leaving out revoked ones', async () => {
    const { db } = suite.handle;
    const { t, awards, cohortId } = await approvedSubmission(db);
    const scope = { trustId: t.trust.id, centreId: t.centreA.id };
    const ctx = createContextInner({ db });
    const before = await cohortAwardsForCertificates(ctx, scope, cohortId);
    expect(before.leavingYear).toBe(2026);
    expect(before.awards.map((a) => a.id).sort()).toEqual(awards.map((a) => a.id).sort());
    const names = before.awards.map((a) => a.learnerName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const revoked = awards[1]!;
    await callerFor(db, t.admin).trust.awards.revoke({
      trustId: t.trust.id,
      awardId: revoked.id,
      reason: 'Entered for the wrong learner',
    });
    const after = await cohortAwardsForCertificates(ctx, scope, cohortId);
    expect(after.awards.map((a) => a.id)).not.toContain(revoked.id);
    expect(after.awards).toHaveLength(awards.length - 1);

    await expect(
      cohortAwardsForCertificates(ctx, { trustId: t.trust.id, centreId: t.centreB.id }, cohortId),
    ).rejects.toThrow('That cohort');
  });

  it('lists one learner’s awards for the learner page’s award panel, old and new', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const target = awards[2]!;
    const staff = callerFor(db, t.staffA);
    const first = await staff.centre.awards.list({
      centreId: t.centreA.id,
      learnerId: target.learner_id!,
    });
    expect(first.awards.map((a) => a.id)).toEqual([target.id]);
    await callerFor(db, t.admin).trust.awards.reissue({
      trustId: t.trust.id,
      awardId: target.id,
      reason: 'Name corrected',
    });
    const after = await staff.centre.awards.list({
      centreId: t.centreA.id,
      learnerId: target.learner_id!,
    });
    expect(after.total).toBe(2);
    expect(after.awards.map((a) => a.status).sort()).toEqual(['superseded', 'valid']);
    expect(after.awards.every((a) => a.learnerId === target.learner_id)).toBe(true);
    const otherCentre = await callerFor(db, t.staffB).centre.awards.list({
      centreId: t.centreB.id,
      learnerId: target.learner_id!,
    });
    expect(otherCentre.total).toBe(0);
  });

  it('prints nothing for an award whose learner was erased, and leaves it out of the cohort', async () => {
    const { db } = suite.handle;
    const { t, awards, cohortId } = await approvedSubmission(db);
    const scope = { trustId: t.trust.id, centreId: t.centreA.id };
    const target = awards[0]!;
    const learner = await db
      .selectFrom('learners')
      .select(['legal_given_name', 'legal_family_name'])
      .where('id', '=', target.learner_id!)
      .executeTakeFirstOrThrow();
    const actor = { ...createContextInner({ db }), user: t.centreAdminA };
    await eraseLearner(actor, scope, {
      learnerId: target.learner_id!,
      confirmName: `${learner.legal_given_name} ${learner.legal_family_name}`,
      reason: 'Parent asked for the record to be erased',
    });
    const ctx = createContextInner({ db });
    await expect(awardForCertificate(ctx, scope, target.id)).rejects.toThrow(
      'erased at the centre’s request',
    );
    const cohort = await cohortAwardsForCertificates(ctx, scope, cohortId);
    expect(cohort.awards.map((a) => a.id)).not.toContain(target.id);
    expect(cohort.awards).toHaveLength(awards.length - 1);
  });
});
