import { describeEachDatabase } from '@bacc/db/testing';
import type { SessionUser } from '@bacc/schema';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';

const NIL = '00000000-0000-4000-8000-000000000000';
const qualification = {
  qn: null,
  title: 'Anything',
  type: 'gcse',
  subject: null,
  level: 2,
  glh: null,
  tqt: null,
  sizeALevels: null,
  category: 'general' as const,
  discountCode: null,
  gradeScale: 'gcse_9_1',
};
const centre = {
  urn: '123456',
  name: 'Somewhere',
  kind: 'school' as const,
  town: null,
  address: null,
};
const programme = { frameworkVersionId: NIL, title: 'P', description: 'D', thresholds: [] };

type Caller = ReturnType<typeof callerFor>;

/** Every trust procedure of the catalogue, centres, accreditation and users, called for `trustId`. */
const trustCalls = (c: Caller, trustId: string) => [
  () => c.trust.catalogue.list({ trustId }),
  () => c.trust.catalogue.get({ trustId, qualificationId: NIL }),
  () => c.trust.catalogue.create({ trustId, qualification }),
  () => c.trust.catalogue.update({ trustId, qualificationId: NIL, version: 1, qualification }),
  () => c.trust.catalogue.delete({ trustId, qualificationId: NIL, version: 1 }),
  () => c.trust.catalogue.scales.list({ trustId }),
  () => c.trust.catalogue.scales.create({ trustId, scale: { key: 'x', name: 'X', grades: ['P'] } }),
  () =>
    c.trust.catalogue.scales.update({ trustId, key: 'x', version: 1, name: 'X', grades: ['P'] }),
  () =>
    c.trust.catalogue.scales.savePoints({ trustId, table: { key: 'x', name: 'X', points: {} } }),
  () => c.trust.catalogue.import.preview({ trustId, fileName: 'a.csv', csv: 'title' }),
  () => c.trust.catalogue.import.commit({ trustId, fileName: 'a.csv', csv: 'title' }),
  () => c.trust.centres.get({ trustId, centreId: NIL }),
  () => c.trust.centres.create({ trustId, centre }),
  () => c.trust.centres.update({ trustId, centreId: NIL, version: 1, centre }),
  () => c.trust.accreditation.list({ trustId }),
  () => c.trust.accreditation.get({ trustId, centreId: NIL }),
  () =>
    c.trust.accreditation.decide({
      trustId,
      centreId: NIL,
      version: 1,
      action: 'suspend',
      note: 'x',
    }),
  () => c.trust.users.list({ trustId }),
  () =>
    c.trust.users.invite({
      trustId,
      user: {
        email: 'nobody@example.org',
        displayName: 'No Body',
        role: 'trust_admin',
        centreId: null,
      },
    }),
  () => c.trust.users.changeAccess({ trustId, userId: NIL, role: 'centre_staff', centreId: NIL }),
  () => c.trust.users.disable({ trustId, userId: NIL }),
  () => c.trust.users.enable({ trustId, userId: NIL }),
  () => c.trust.users.resetPassword({ trustId, userId: NIL }),
];

/** Every centre-admin procedure of accreditation and staff, called for `centreId`. */
const centreCalls = (c: Caller, centreId: string) => [
  () => c.centre.accreditation.get({ centreId }),
  () => c.centre.accreditation.check({ centreId, programme }),
  () => c.centre.accreditation.submitApplication({ centreId, programme }),
  () => c.centre.staff.list({ centreId }),
  () =>
    c.centre.staff.invite({
      centreId,
      user: { email: 'nobody@example.org', displayName: 'No Body', role: 'centre_staff' },
    }),
  () => c.centre.staff.changeAccess({ centreId, userId: NIL, role: 'centre_staff' }),
  () => c.centre.staff.disable({ centreId, userId: NIL }),
  () => c.centre.staff.enable({ centreId, userId: NIL }),
  () => c.centre.staff.resetPassword({ centreId, userId: NIL }),
];

async function expectEveryCallForbidden(calls: Array<() => Promise<unknown>>, who: string) {
  for (const [i, call] of calls.entries())
    await expect(call(), `${who}, call ${i}`).rejects.toMatchObject({ code: 'FORBIDDEN' });
}

describeEachDatabase('trust admin procedures: roles and tenants', (suite) => {
  it('refuses every trust procedure to centre users and to another trust’s admin, changing nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const before = await db.selectFrom('audit_events').select('id').execute();
    const users: Array<[string, SessionUser]> = [
      ['centre staff', t.staffA],
      ['centre admin', t.centreAdminA],
      ['another trust’s admin', other.admin],
    ];
    for (const [who, user] of users)
      await expectEveryCallForbidden(trustCalls(callerFor(db, user), t.trust.id), who);
    await expect(
      callerFor(db, null).trust.users.list({ trustId: t.trust.id }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(await db.selectFrom('audit_events').select('id').execute()).toHaveLength(before.length);
    expect(
      await db.selectFrom('users').select('id').where('email', '=', 'nobody@example.org').execute(),
    ).toHaveLength(0);
  });

  it('refuses centre-admin procedures to staff, to another centre’s admin and to trust admins', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const users: Array<[string, SessionUser]> = [
      ['centre staff of the centre', t.staffA],
      ['centre staff of another centre', t.staffB],
      ['another trust’s centre admin', other.centreAdminA],
      ['a trust admin', t.admin],
    ];
    for (const [who, user] of users)
      await expectEveryCallForbidden(centreCalls(callerFor(db, user), t.centreA.id), who);
    // A centre admin naming another centre of the same trust.
    await expectEveryCallForbidden(
      centreCalls(callerFor(db, t.centreAdminA), t.centreB.id),
      'centre admin A at B',
    );
    expect(
      await db
        .selectFrom('accreditations')
        .select('id')
        .where('trust_id', '=', t.trust.id)
        .execute(),
    ).toHaveLength(0);
  });
});
