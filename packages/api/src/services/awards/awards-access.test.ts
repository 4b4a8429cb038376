import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { approvedSubmission } from './test-setup.ts';

describeEachDatabase('who can see and change awards', (suite) => {
  it('keeps a centre’s awards to its own staff and its trust, and changes nothing when refused', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const other = await createTenantWithUsers(db, 'Other');
    const award = awards[0]!;
    const snapshot = async () => ({
      awards: await db
        .selectFrom('awards')
        .select(['id', 'status', 'components_public', 'superseded_by_id'])
        .orderBy('id')
        .execute(),
      lists: await db
        .selectFrom('status_lists')
        .select(['id', 'updated_at'])
        .orderBy('id')
        .execute(),
      audit: (
        await db
          .selectFrom('audit_events')
          .select((e) => e.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    });
    const before = await snapshot();

    // Centre A's staff see their awards.
    const staffA = callerFor(db, t.staffA);
    const listA = await staffA.centre.awards.list({ centreId: t.centreA.id });
    expect(listA.total).toBe(awards.length);
    expect((await staffA.centre.awards.get({ centreId: t.centreA.id, awardId: award.id })).id).toBe(
      award.id,
    );
    expect(
      (await staffA.centre.awards.credential({ centreId: t.centreA.id, awardId: award.id }))
        .credential,
    ).toEqual(award.credential);

    // Centre B's staff, naming their own centre, find nothing of centre A's; naming A is refused.
    const staffB = callerFor(db, t.staffB);
    expect((await staffB.centre.awards.list({ centreId: t.centreB.id })).total).toBe(0);
    const centreB = { centreId: t.centreB.id, awardId: award.id };
    for (const call of [
      () => staffB.centre.awards.get(centreB),
      () => staffB.centre.awards.credential(centreB),
      () => staffB.centre.awards.setComponentsPublic({ ...centreB, componentsPublic: true }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const namingA = { centreId: t.centreA.id, awardId: award.id };
    for (const user of [t.staffB, other.admin, other.staffA, t.admin]) {
      const c = callerFor(db, user);
      for (const call of [
        () => c.centre.awards.list({ centreId: t.centreA.id }),
        () => c.centre.awards.get(namingA),
        () => c.centre.awards.credential(namingA),
        () => c.centre.awards.setComponentsPublic({ ...namingA, componentsPublic: true }),
      ])
        await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }

    // Another trust's admin, naming their own trust, finds nothing and changes nothing.
    const theirs = callerFor(db, other.admin);
    const ownTrust = { trustId: other.trust.id, awardId: award.id };
    expect((await theirs.trust.awards.list({ trustId: other.trust.id })).total).toBe(0);
    for (const call of [
      () => theirs.trust.awards.get(ownTrust),
      () => theirs.trust.awards.revoke({ ...ownTrust, reason: 'Not ours to revoke' }),
      () => theirs.trust.awards.reissue({ ...ownTrust, reason: 'Not ours to reissue' }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Centre staff cannot revoke or reissue, even their own centre's awards.
    for (const user of [t.staffA, t.centreAdminA, other.admin]) {
      const c = callerFor(db, user);
      const naming = { trustId: t.trust.id, awardId: award.id };
      for (const call of [
        () => c.trust.awards.revoke({ ...naming, reason: 'Should be refused' }),
        () => c.trust.awards.reissue({ ...naming, reason: 'Should be refused' }),
        () => c.trust.awards.list({ trustId: t.trust.id }),
      ])
        await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets centre staff show the component breakdown publicly, audited, and lists filter', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const award = awards[0]!;
    const staffA = callerFor(db, t.staffA);
    const shown = await staffA.centre.awards.setComponentsPublic({
      centreId: t.centreA.id,
      awardId: award.id,
      componentsPublic: true,
    });
    expect(shown.componentsPublic).toBe(true);
    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'centre_id'])
      .where('entity_id', '=', award.id)
      .where('action', 'like', 'award.components%')
      .execute();
    expect(events).toEqual([
      { action: 'award.components_shown', actor_user_id: t.staffA.id, centre_id: t.centreA.id },
    ]);

    const admin = callerFor(db, t.admin);
    await admin.trust.awards.revoke({
      trustId: t.trust.id,
      awardId: award.id,
      reason: 'Issued in error',
    });
    const revoked = await admin.trust.awards.list({ trustId: t.trust.id, status: 'revoked' });
    expect(revoked.awards.map((a) => a.id)).toEqual([award.id]);
    const byName = await staffA.centre.awards.list({
      centreId: t.centreA.id,
      search: award.learner_name.split(' ')[1]!,
    });
    expect(byName.awards.map((a) => a.id)).toContain(award.id);
    const page = await admin.trust.awards.list({
      trustId: t.trust.id,
      centreId: t.centreA.id,
      pageSize: 2,
      page: 2,
    });
    expect(page.total).toBe(awards.length);
    expect(page.awards.length).toBe(Math.min(2, awards.length - 2));
  });

  it('answers an erased learner’s award with a clear refusal for every change and download', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const award = awards[0]!;
    // What erasure does to an award (the data-protection service): revoked, personal fields cleared.
    await db
      .updateTable('awards')
      .set({
        erased_at: new Date(),
        status: 'revoked',
        revoked_at: new Date(),
        revoked_reason: 'record erased',
        learner_name: '',
        learner_id: null,
        credential: null,
        decision: '{}',
        evidence: '[]',
        components: '[]',
      } as never)
      .where('id', '=', award.id)
      .execute();
    const staff = callerFor(db, t.staffA);
    const ref = { centreId: t.centreA.id, awardId: award.id };
    const view = await staff.centre.awards.get(ref);
    expect(view).toMatchObject({ status: 'revoked', learnerName: '', hasCredential: false });
    expect(view.erasedAt).not.toBeNull();
    for (const call of [
      () => staff.centre.awards.credential(ref),
      () => staff.centre.awards.setComponentsPublic({ ...ref, componentsPublic: true }),
    ])
      await expect(call()).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('erased'),
      });
    const admin = callerFor(db, t.admin);
    const naming = { trustId: t.trust.id, awardId: award.id };
    for (const call of [
      () => admin.trust.awards.revoke({ ...naming, reason: 'Once more' }),
      () => admin.trust.awards.reissue({ ...naming, reason: 'Once more' }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'CONFLICT' });
    const listed = await admin.trust.awards.list({ trustId: t.trust.id, status: 'revoked' });
    expect(listed.awards.map((a) => [a.id, a.erasedAt !== null])).toEqual([[award.id, true]]);
  });
});
