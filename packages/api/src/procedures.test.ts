import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from './testing/index.ts';

describeEachDatabase('tenancy on the server', (suite) => {
  it('refuses another centre’s learners and changes nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    await createLearnerRow(db, { trustId: t.trust.id, centreId: t.centreB.id });
    const before = await db.selectFrom('learners').selectAll().orderBy('id').execute();

    const asStaffA = callerFor(db, t.staffA);
    await expect(
      asStaffA.centre.learners.list({ centreId: t.centreB.id, page: 1, pageSize: 25 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const own = await asStaffA.centre.learners.list({
      centreId: t.centreA.id,
      page: 1,
      pageSize: 25,
    });
    expect(own.total).toBe(0);

    const after = await db.selectFrom('learners').selectAll().orderBy('id').execute();
    expect(after).toEqual(before);
  });

  it('keeps trusts apart and roles in their lanes', async () => {
    const { db } = suite.handle;
    const mine = await createTenantWithUsers(db, 'Mine');
    const theirs = await createTenantWithUsers(db, 'Theirs');
    await expect(
      callerFor(db, theirs.admin).trust.centres.list({ trustId: mine.trust.id }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      callerFor(db, mine.centreAdminA).trust.centres.list({ trustId: mine.trust.id }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      callerFor(db, mine.admin).centre.learners.list({
        centreId: mine.centreA.id,
        page: 1,
        pageSize: 10,
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      callerFor(db, null).trust.centres.list({ trustId: mine.trust.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const centres = await callerFor(db, mine.admin).trust.centres.list({ trustId: mine.trust.id });
    expect(centres).toHaveLength(2);
    expect(centres.find((c) => c.id === mine.centreA.id)?.staffCount).toBe(2);
  });

  it('refuses malformed identifiers and pages as bad requests', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    await expect(
      callerFor(db, t.staffA).centre.learners.list({
        centreId: 'not-a-uuid',
        page: 1,
        pageSize: 25,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      callerFor(db, t.staffA).centre.learners.list({
        centreId: t.centreA.id,
        page: 0,
        pageSize: 25,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
