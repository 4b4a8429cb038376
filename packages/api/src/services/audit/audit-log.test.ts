import { describeEachDatabase } from '@bacc/db/testing';
import { describe, expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { addPlannedLearner, createCohortTenant } from '../cohorts/testing.ts';
import { fieldChanges } from './diff.ts';

describe('fieldChanges', () => {
  it('lists only the fields that changed, leaving bookkeeping out', () => {
    expect(
      fieldChanges(
        { id: 'x', version: 1, preferredName: null, legalFamilyName: 'Ng', hours: 10 },
        {
          id: 'x',
          version: 2,
          preferredName: 'Jo',
          legalFamilyName: 'Ng',
          hours: 12,
          learnerId: 'y',
        },
      ),
    ).toEqual([
      { field: 'preferredName', before: null, after: 'Jo' },
      { field: 'hours', before: 10, after: 12 },
    ]);
  });
  it('shows a creation as every field from nothing, and a deletion the other way', () => {
    expect(fieldChanges(null, { kind: 'neet' })).toEqual([
      { field: 'kind', before: null, after: 'neet' },
    ]);
    expect(fieldChanges({ kind: 'neet' }, null)).toEqual([
      { field: 'kind', before: 'neet', after: null },
    ]);
  });
});

const learner = {
  uln: null,
  upn: null,
  legalGivenName: 'Ada',
  legalFamilyName: 'Lovelace',
  preferredName: null,
  dateOfBirth: '2008-09-01',
  leavingYear: 2026,
};

describeEachDatabase('the centre’s activity log', (suite) => {
  it('pages the centre’s events with who, what and the fields changed, filtered by learner and action', async () => {
    const { db } = suite.handle;
    const t = await createCohortTenant(db);
    const staff = callerFor(db, t.staffA);
    const ada = await staff.centre.learners.create({ centreId: t.centreA.id, learner });
    await staff.centre.learners.update({
      centreId: t.centreA.id,
      learnerId: ada.id,
      version: 1,
      learner: { ...learner, preferredName: 'Countess' },
    });
    const other = await addPlannedLearner(db, t, t.centreA.id, { name: 'Other' });
    await staff.centre.destinations.record({
      centreId: t.centreA.id,
      learnerId: ada.id,
      checkpoint: 'at_leaving',
      version: null,
      destination: {
        kind: 'employment',
        provider: 'Babbage Ltd',
        sustained: null,
        recordedOn: '2026-09-01',
        notes: null,
      },
    });
    await callerFor(db, t.staffB).centre.learners.create({
      centreId: t.centreB.id,
      learner: { ...learner, legalGivenName: 'Elsewhere' },
    });

    const head = callerFor(db, t.centreAdminA);
    const all = await head.centre.audit.list({ centreId: t.centreA.id });
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.action)).toEqual([
      'destination.created',
      'learner.updated',
      'learner.created',
    ]);
    const updated = all.items[1]!;
    expect(updated).toMatchObject({
      actor: t.staffA.displayName,
      learnerName: 'Countess Lovelace',
      changes: [{ field: 'preferredName', before: null, after: 'Countess' }],
    });
    expect(all.actions).toEqual(['destination.created', 'learner.created', 'learner.updated']);

    const adas = await head.centre.audit.list({ centreId: t.centreA.id, learnerId: ada.id });
    expect(adas.total).toBe(3);
    const others = await head.centre.audit.list({ centreId: t.centreA.id, learnerId: other.id });
    expect(others.total).toBe(0);
    const created = await head.centre.audit.list({
      centreId: t.centreA.id,
      action: 'learner.created',
      pageSize: 1,
    });
    expect(created).toMatchObject({ total: 1, pageSize: 1 });

    // Centre admins only, and only their own centre.
    await expect(staff.centre.audit.list({ centreId: t.centreA.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(head.centre.audit.list({ centreId: t.centreB.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
