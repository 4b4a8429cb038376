import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from './testing/index.ts';

describeEachDatabase('text the database cannot store', (suite) => {
  it.each([
    ['a NUL', 'Sam\u0000'],
    ['half a surrogate pair', 'Sam\uD800'],
    ['a stray low surrogate', '\uDC00Sam'],
  ])('is refused with a sentence when a name holds %s, and nothing is saved', async (_, name) => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const create = callerFor(db, t.staffA).centre.learners.create({
      centreId: t.centreA.id,
      learner: {
        uln: null,
        upn: null,
        legalGivenName: name,
        legalFamilyName: 'Okafor',
        preferredName: null,
        dateOfBirth: '2008-05-01',
        leavingYear: 2026,
      },
    });
    await expect(create).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('cannot be stored'),
    });
    const saved = await db
      .selectFrom('learners')
      .select('id')
      .where('centre_id', '=', t.centreA.id)
      .execute();
    expect(saved).toEqual([]);
  });

  it('still accepts names in any script and with combining marks', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const saved = await callerFor(db, t.staffA).centre.learners.create({
      centreId: t.centreA.id,
      learner: {
        uln: null,
        upn: null,
        legalGivenName: 'Zoe\u0308 李 Ngọc',
        legalFamilyName: 'Ńowak',
        preferredName: null,
        dateOfBirth: '2008-05-01',
        leavingYear: 2026,
      },
    });
    expect(saved).toBeTruthy();
  });
});
