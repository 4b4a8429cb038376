import { hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import type { Database, Kysely } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { addPlannedLearner, createCohortTenant } from '../cohorts/testing.ts';
import { assertCentreAccredited } from './guard.ts';
import { accreditForTests } from './testing.ts';

const ADVANCED_PD = 'tiers.0.requirements.2.rule.of.0.value';

async function publishNational(db: Kysely<Database>, trustId: string) {
  const row = await db
    .insertInto('framework_versions')
    .values({
      trust_id: trustId,
      name: nationalBaccalaureate.name,
      version_number: 1,
      status: 'published',
      definition: JSON.stringify(nationalBaccalaureate),
      definition_hash: hashFramework(nationalBaccalaureate),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const programme = (frameworkVersionId: string, value = 150) => ({
  frameworkVersionId,
  title: 'Kirkgate Baccalaureate',
  description: 'Our Bacc asks for 150 hours of personal development.',
  thresholds: [{ path: ADVANCED_PD, value }],
});

describeEachDatabase('centre accreditation', (suite) => {
  it('runs apply, accredit, suspend, reinstate, renew and withdraw, refusing steps out of order', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const fv = await publishNational(db, t.trust.id);
    const head = callerFor(db, t.centreAdminA);
    const admin = callerFor(db, t.admin);
    const scope = { trustId: t.trust.id, centreId: t.centreA.id };
    const now = new Date('2026-11-22T10:00:00Z');

    await expect(assertCentreAccredited(db, scope, now)).rejects.toThrow(/not been accredited/);
    const page = await head.centre.accreditation.get({ centreId: t.centreA.id });
    expect(page.accreditation).toBeNull();
    expect(page.bases[0]?.thresholds.some((s) => s.path === ADVANCED_PD)).toBe(true);

    const applied = await head.centre.accreditation.submitApplication({
      centreId: t.centreA.id,
      programme: programme(fv),
    });
    expect(applied.report.conforms).toBe(true);
    await expect(
      head.centre.accreditation.submitApplication({
        centreId: t.centreA.id,
        programme: programme(fv),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const list = await admin.trust.accreditation.list({ trustId: t.trust.id });
    expect(list.find((r) => r.centreId === t.centreA.id)).toMatchObject({
      status: 'applied',
      conforms: true,
    });
    let review = await admin.trust.accreditation.get({
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    // Renewing an application is not a thing; it stays applied.
    await expect(
      admin.trust.accreditation.decide({
        trustId: t.trust.id,
        centreId: t.centreA.id,
        version: review.accreditation!.version,
        action: 'renew',
        until: '2099-08-31',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('cannot be renewed'),
    });

    const decide = async (action: string, extra: Record<string, string> = {}) => {
      review = await admin.trust.accreditation.get({ trustId: t.trust.id, centreId: t.centreA.id });
      return admin.trust.accreditation.decide({
        trustId: t.trust.id,
        centreId: t.centreA.id,
        version: review.accreditation!.version,
        action: action as 'accredit',
        ...extra,
      });
    };
    await expect(decide('accredit', { until: '2001-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await decide('accredit', { until: '2099-08-31' });
    await expect(assertCentreAccredited(db, scope, now)).resolves.toBeUndefined();
    await expect(decide('suspend')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await decide('suspend', { note: 'Moderation found unverified hours.' });
    await expect(assertCentreAccredited(db, scope, now)).rejects.toThrow(/suspended/);
    await expect(decide('renew', { until: '2100-08-31' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await decide('reinstate');
    await expect(decide('renew', { until: '2099-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('2099-08-31'),
    });
    await decide('renew', { until: '2100-08-31' });
    await decide('withdraw', { note: 'The centre left the trust.' });
    await expect(assertCentreAccredited(db, scope, now)).rejects.toThrow(/withdrawn/);

    const history = await admin.trust.accreditation.get({
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    expect(history.history.map((e) => e.action)).toEqual([
      'withdraw',
      'renew',
      'reinstate',
      'suspend',
      'accredit',
      'apply',
    ]);
    const audited = await db
      .selectFrom('audit_events')
      .select('action')
      .where('trust_id', '=', t.trust.id)
      .where('entity', '=', 'accreditation')
      .execute();
    expect(audited).toHaveLength(6);
  });

  it('will not accredit a programme that asks less than the national framework', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const fv = await publishNational(db, t.trust.id);
    const head = callerFor(db, t.centreAdminA);
    const check = await head.centre.accreditation.check({
      centreId: t.centreA.id,
      programme: programme(fv, 60),
    });
    expect(check.report.conforms).toBe(false);
    expect(check.report.problems[0]).toContain('asks less than the national 100');
    await head.centre.accreditation.submitApplication({
      centreId: t.centreA.id,
      programme: programme(fv, 60),
    });
    const admin = callerFor(db, t.admin);
    const review = await admin.trust.accreditation.get({
      trustId: t.trust.id,
      centreId: t.centreA.id,
    });
    await expect(
      admin.trust.accreditation.decide({
        trustId: t.trust.id,
        centreId: t.centreA.id,
        version: review.accreditation!.version,
        action: 'accredit',
        until: '2099-08-31',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('does not conform'),
    });
    await admin.trust.accreditation.decide({
      trustId: t.trust.id,
      centreId: t.centreA.id,
      version: review.accreditation!.version,
      action: 'reject',
      note: 'Raise the hours to at least 100.',
    });
    // Turned down, the centre may apply again with a conforming programme.
    const again = await head.centre.accreditation.submitApplication({
      centreId: t.centreA.id,
      programme: programme(fv, 120),
    });
    expect(again.report.conforms).toBe(true);
  });

  it('keeps every accreditation procedure to its own role and tenant, changing nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const fv = await publishNational(db, t.trust.id);
    await callerFor(db, t.centreAdminA).centre.accreditation.submitApplication({
      centreId: t.centreA.id,
      programme: programme(fv),
    });
    const staff = callerFor(db, t.staffA);
    await expect(staff.centre.accreditation.get({ centreId: t.centreA.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      staff.centre.accreditation.submitApplication({
        centreId: t.centreA.id,
        programme: programme(fv),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      callerFor(db, t.centreAdminA).centre.accreditation.get({ centreId: t.centreB.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      callerFor(db, t.centreAdminA).trust.accreditation.list({ trustId: t.trust.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const otherAdmin = callerFor(db, other.admin);
    await expect(
      otherAdmin.trust.accreditation.decide({
        trustId: t.trust.id,
        centreId: t.centreA.id,
        version: 1,
        action: 'accredit',
        until: '2099-08-31',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Naming its own trust but our centre: not found.
    await expect(
      otherAdmin.trust.accreditation.decide({
        trustId: other.trust.id,
        centreId: t.centreA.id,
        version: 1,
        action: 'accredit',
        until: '2099-08-31',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      otherAdmin.trust.centres.update({
        trustId: other.trust.id,
        centreId: t.centreA.id,
        version: 1,
        centre: { urn: '123456', name: 'Taken', kind: 'school', town: null, address: null },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const row = await db
      .selectFrom('accreditations')
      .select(['status', 'version'])
      .where('centre_id', '=', t.centreA.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'applied', version: 1 });
    const centre = await db
      .selectFrom('centres')
      .select('name')
      .where('id', '=', t.centreA.id)
      .executeTakeFirstOrThrow();
    expect(centre.name).not.toBe('Taken');
  });

  it('adds and edits centres with a URN check, duplicate refusal and version check', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin);
    const input = {
      urn: '654321',
      name: 'Moorside Academy',
      kind: 'school' as const,
      town: 'Otley',
      address: '1 Moor Lane, Otley LS21 1AA',
    };
    await expect(
      admin.trust.centres.create({ trustId: t.trust.id, centre: { ...input, urn: '12345' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('6-digit') });
    const created = await admin.trust.centres.create({ trustId: t.trust.id, centre: input });
    expect(created).toMatchObject({ urn: '654321', version: 1, address: input.address });
    await expect(
      admin.trust.centres.create({ trustId: t.trust.id, centre: { ...input, name: 'Copy' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('654321') });
    const edited = await admin.trust.centres.update({
      trustId: t.trust.id,
      centreId: created.id,
      version: 1,
      centre: { ...input, town: 'Ilkley' },
    });
    expect(edited).toMatchObject({ town: 'Ilkley', version: 2 });
    await expect(
      admin.trust.centres.update({
        trustId: t.trust.id,
        centreId: created.id,
        version: 1,
        centre: { ...input, town: 'Leeds' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      callerFor(db, t.centreAdminA).trust.centres.create({ trustId: t.trust.id, centre: input }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describeEachDatabase('only an accredited centre submits for award', (suite) => {
  it('refuses a submission from a centre without current accreditation, changing nothing', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const learner = await addPlannedLearner(db, t, t.centreA.id, {
      gcse: { english: '5', maths: '4', science: '6' },
      hours: 40,
      projectHours: 70,
      name: 'Okafor',
    });
    const head = callerFor(db, t.centreAdminA);
    await expect(
      head.centre.submissions.create({ centreId: t.centreA.id, leavingYear: 2026 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('has not been accredited'),
    });
    expect(
      await db.selectFrom('submissions').select('id').where('trust_id', '=', t.trust.id).execute(),
    ).toHaveLength(0);
    await accreditForTests(db, t);
    const submission = await head.centre.submissions.create({
      centreId: t.centreA.id,
      leavingYear: 2026,
    });
    expect(submission.learnerIds).toEqual([learner.id]);
  });
});
