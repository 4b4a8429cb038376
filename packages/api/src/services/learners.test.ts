import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../testing/index.ts';

const input = {
  uln: '1000000043',
  upn: null,
  legalGivenName: 'Zoë',
  legalFamilyName: "O'Neill",
  preferredName: null,
  dateOfBirth: '2008-03-01',
  leavingYear: 2026,
};

describeEachDatabase('learner records', (suite) => {
  it('creates, edits with a version check, audits both, and refuses a stale save', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const staff = callerFor(db, t.staffA);
    const created = await staff.centre.learners.create({ centreId: t.centreA.id, learner: input });
    expect(created).toMatchObject({ legalGivenName: 'Zoë', version: 1 });

    const first = await staff.centre.learners.update({
      centreId: t.centreA.id,
      learnerId: created.id,
      version: 1,
      learner: { ...input, preferredName: 'Zo' },
    });
    expect(first.version).toBe(2);
    // A second tab still holding version 1 gets a conflict with the current values.
    await expect(
      staff.centre.learners.update({
        centreId: t.centreA.id,
        learnerId: created.id,
        version: 1,
        learner: { ...input, legalFamilyName: 'Other' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const stored = await db
      .selectFrom('learners')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      preferred_name: 'Zo',
      legal_family_name: "O'Neill",
      version: 2,
    });

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['learner.created', 'learner.updated']);
    expect(events[1]?.before).toMatchObject({ preferredName: null });
    expect(events[1]?.after).toMatchObject({ preferredName: 'Zo' });
  });

  it('refuses a duplicate ULN in the trust with a message naming it', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    await callerFor(db, t.staffA).centre.learners.create({
      centreId: t.centreA.id,
      learner: input,
    });
    await expect(
      callerFor(db, t.staffB).centre.learners.create({
        centreId: t.centreB.id,
        learner: { ...input, legalGivenName: 'Sam' },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('ULN 1000000043'),
    });
  });

  it('rejects an invalid ULN naming the field, and writes nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const before = await db
      .selectFrom('learners')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const error = await callerFor(db, t.staffA)
      .centre.learners.create({ centreId: t.centreA.id, learner: { ...input, uln: '1000000042' } })
      .catch(
        (e: unknown) =>
          e as {
            code: string;
            message: string;
            shape?: { data: { issues: Array<{ path: string[] }> } };
          },
      );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(error.message).toContain('ULN check digit');
    expect(error.message).toContain('learner.uln');
    const after = await db
      .selectFrom('learners')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('keeps every learner procedure inside the caller’s centre', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createLearnerRow(db, { trustId: t.trust.id, centreId: t.centreB.id });
    const staffA = callerFor(db, t.staffA);
    // Naming the other centre is refused outright...
    await expect(
      staffA.centre.learners.get({ centreId: t.centreB.id, learnerId: other.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // ...and naming one's own centre with another centre's learner finds nothing.
    await expect(
      staffA.centre.learners.get({ centreId: t.centreA.id, learnerId: other.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      staffA.centre.learners.update({
        centreId: t.centreA.id,
        learnerId: other.id,
        version: 1,
        learner: input,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      staffA.centre.learners.delete({ centreId: t.centreA.id, learnerId: other.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const still = await db
      .selectFrom('learners')
      .select(['version', 'legal_given_name'])
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(still).toEqual({ version: 1, legal_given_name: 'Sam' });
  });
});
