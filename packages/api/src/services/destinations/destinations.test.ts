import { describeEachDatabase } from '@bacc/db/testing';
import { describe, expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { addPlannedLearner, createCohortTenant } from '../cohorts/testing.ts';
import { leftBy } from './destinations.ts';

const college = {
  kind: 'education' as const,
  provider: 'Leeds City College',
  sustained: true,
  recordedOn: '2026-10-01',
  notes: null,
};

describe('leftBy', () => {
  it('counts a year’s leavers as gone from August', () => {
    expect(leftBy(new Date('2026-07-31T12:00:00Z'))).toBe(2025);
    expect(leftBy(new Date('2026-08-01T12:00:00Z'))).toBe(2026);
  });
});

describeEachDatabase('destinations', (suite) => {
  const now = () => new Date('2026-11-22T09:00:00Z');

  it('records a destination, versions edits, refuses a stale one, and audits both', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const leaver = await addPlannedLearner(db, t, t.centreA.id, { name: 'Leaver' });
    const staff = callerFor(db, t.staffA, { now });
    const ref = { centreId: t.centreA.id, learnerId: leaver.id, checkpoint: 'at_leaving' as const };

    const first = await staff.centre.destinations.record({
      ...ref,
      version: null,
      destination: college,
    });
    expect(first).toMatchObject({ version: 1, kind: 'education', sustained: true });
    // A second "first entry" from another tab is a conflict, not a second row.
    await expect(
      staff.centre.destinations.record({ ...ref, version: null, destination: college }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const second = await staff.centre.destinations.record({
      ...ref,
      version: 1,
      destination: { ...college, kind: 'apprenticeship', provider: 'Arla Foods' },
    });
    expect(second.version).toBe(2);
    const stale = await staff.centre.destinations
      .record({ ...ref, version: 1, destination: { ...college, kind: 'neet', sustained: null } })
      .then(
        () => ({ code: 'OK' }) as { code: string; cause?: { details?: { current?: unknown } } },
        (e: unknown) => e as { code: string; cause?: { details?: { current?: unknown } } },
      );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale.cause?.details?.current).toMatchObject({ kind: 'apprenticeship', version: 2 });

    const mine = await staff.centre.destinations.forLearner({
      centreId: t.centreA.id,
      learnerId: leaver.id,
    });
    expect(mine.hasLeft).toBe(true);
    expect(mine.destinations).toMatchObject([{ checkpoint: 'at_leaving', provider: 'Arla Foods' }]);

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'destination')
      .where('entity_id', '=', first.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['destination.created', 'destination.updated']);
    expect(events[1]?.before).toMatchObject({ kind: 'education' });
    expect(events[1]?.after).toMatchObject({ kind: 'apprenticeship', learnerId: leaver.id });
  });

  it('rejects nonsense: a sustained NEET, a future date', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const leaver = await addPlannedLearner(db, t, t.centreA.id, {});
    const staff = callerFor(db, t.staffA, { now });
    const ref = { centreId: t.centreA.id, learnerId: leaver.id, checkpoint: 'six_months' as const };
    await expect(
      staff.centre.destinations.record({
        ...ref,
        version: null,
        destination: { ...college, kind: 'neet' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('sustained') });
    await expect(
      staff.centre.destinations.record({
        ...ref,
        version: null,
        destination: { ...college, recordedOn: '2099-01-01' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('future') });
  });

  it('lists leavers with no known destination at a checkpoint, for the caller’s centre only', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const known = await addPlannedLearner(db, t, t.centreA.id, { name: 'Known' });
    const unknown = await addPlannedLearner(db, t, t.centreA.id, { name: 'Unknown' });
    const silent = await addPlannedLearner(db, t, t.centreA.id, { name: 'Silent' });
    await addPlannedLearner(db, t, t.centreA.id, { name: 'StillHere', leavingYear: 2027 });
    const elsewhere = await addPlannedLearner(db, t, t.centreB.id, { name: 'Elsewhere' });
    const staff = callerFor(db, t.staffA, { now });
    const record = (learnerId: string, kind: 'education' | 'unknown') =>
      staff.centre.destinations.record({
        centreId: t.centreA.id,
        learnerId,
        checkpoint: 'at_leaving',
        version: null,
        destination: { ...college, kind, sustained: kind === 'education' ? true : null },
      });
    await record(known.id, 'education');
    await record(unknown.id, 'unknown');
    const missing = await staff.centre.destinations.missing({
      centreId: t.centreA.id,
      checkpoint: 'at_leaving',
    });
    expect(missing.items.map((l) => l.id).sort()).toEqual([unknown.id, silent.id].sort());
    expect(missing.total).toBe(2);
    const later = await staff.centre.destinations.missing({
      centreId: t.centreA.id,
      checkpoint: 'one_year',
    });
    expect(later.total).toBe(3);

    // Another centre's learner: by naming the centre, or by naming the learner.
    await expect(
      staff.centre.destinations.missing({ centreId: t.centreB.id, checkpoint: 'at_leaving' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      staff.centre.destinations.forLearner({ centreId: t.centreA.id, learnerId: elsewhere.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      staff.centre.destinations.record({
        centreId: t.centreA.id,
        learnerId: elsewhere.id,
        checkpoint: 'at_leaving',
        version: null,
        destination: college,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const theirs = await db
      .selectFrom('destinations')
      .select('id')
      .where('learner_id', '=', elsewhere.id)
      .execute();
    expect(theirs).toEqual([]);
  });
});
