import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';

describeEachDatabase('the trust audit log', (suite) => {
  async function setUp() {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const event = (
      trustId: string,
      centreId: string | null,
      actor: string,
      action: string,
      occurredAt: string,
      before: unknown = null,
      after: unknown = null,
    ) => ({
      trust_id: trustId,
      centre_id: centreId,
      actor_user_id: actor,
      action,
      entity: action.split('.')[0]!,
      entity_id: null,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      occurred_at: occurredAt,
    });
    await db
      .insertInto('audit_events')
      .values([
        event(
          t.trust.id,
          t.centreA.id,
          t.staffA.id,
          'learner.created',
          '2026-03-01T09:00:00Z',
          null,
          { legalGivenName: 'Ada' },
        ),
        event(
          t.trust.id,
          t.centreA.id,
          t.staffA.id,
          'learner.updated',
          '2026-03-02T23:59:59Z',
          { legalGivenName: 'Ada' },
          { legalGivenName: 'Adah' },
        ),
        event(t.trust.id, t.centreB.id, t.staffB.id, 'learner.created', '2026-03-03T00:00:00Z'),
        event(t.trust.id, t.centreA.id, t.admin.id, 'submission.approved', '2026-03-04T12:00:00Z'),
        event(t.trust.id, null, t.admin.id, 'framework.published', '2026-03-05T12:00:00Z'),
        event(
          other.trust.id,
          other.centreA.id,
          other.staffA.id,
          'learner.created',
          '2026-03-01T10:00:00Z',
        ),
      ])
      .execute();
    return { db, t, other };
  }

  it('filters by who, what, which centre and when, and pages', async () => {
    const { db, t } = await setUp();
    const list = (filter: Record<string, string>, page = 1, pageSize = 25) =>
      callerFor(db, t.admin).trust.auditLog.list({ trustId: t.trust.id, filter, page, pageSize });
    const actions = async (filter: Record<string, string>) =>
      (await list(filter)).items.map((e) => e.action);

    const all = await list({});
    expect(all.total).toBe(5);
    expect(all.items[0]).toMatchObject({
      action: 'framework.published',
      actorName: t.admin.displayName,
      centreName: null,
    });
    expect(await actions({ actorUserId: t.staffA.id })).toEqual([
      'learner.updated',
      'learner.created',
    ]);
    expect(await actions({ action: 'learner.created' })).toEqual([
      'learner.created',
      'learner.created',
    ]);
    expect(await actions({ entity: 'submission' })).toEqual(['submission.approved']);
    expect(await actions({ centreId: t.centreB.id })).toEqual(['learner.created']);
    // "to" includes the whole of its (UTC) day; "from" starts at its midnight.
    expect(await actions({ from: '2026-03-02', to: '2026-03-03' })).toEqual([
      'learner.created',
      'learner.updated',
    ]);
    expect(await actions({ centreId: t.centreA.id, action: 'learner.updated' })).toEqual([
      'learner.updated',
    ]);
    const updated = (await list({ action: 'learner.updated' })).items[0];
    expect(updated?.before).toEqual({ legalGivenName: 'Ada' });
    expect(updated?.after).toEqual({ legalGivenName: 'Adah' });

    const page2 = await list({}, 2, 2);
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.action)).toEqual(['learner.created', 'learner.updated']);

    const exported = await callerFor(db, t.admin).trust.auditLog.export({
      trustId: t.trust.id,
      filter: { entity: 'learner' },
    });
    expect(exported).toMatchObject({ truncated: false });
    expect(exported.items).toHaveLength(3);

    const facets = await callerFor(db, t.admin).trust.auditLog.facets({ trustId: t.trust.id });
    expect(facets.actions).toEqual([
      'framework.published',
      'learner.created',
      'learner.updated',
      'submission.approved',
    ]);
    expect(facets.actors.map((a) => a.id).sort()).toEqual(
      [t.admin.id, t.staffA.id, t.staffB.id].sort(),
    );
  });

  it('shows a trust admin only their own trust’s events, whatever the filter names', async () => {
    const { db, t, other } = await setUp();
    const admin = callerFor(db, t.admin);
    const byOtherCentre = await admin.trust.auditLog.list({
      trustId: t.trust.id,
      filter: { centreId: other.centreA.id },
    });
    expect(byOtherCentre.total).toBe(0);
    const byOtherActor = await admin.trust.auditLog.list({
      trustId: t.trust.id,
      filter: { actorUserId: other.staffA.id },
    });
    expect(byOtherActor.total).toBe(0);
    const facets = await callerFor(db, other.admin).trust.auditLog.facets({
      trustId: other.trust.id,
    });
    expect(facets.actions).toEqual(['learner.created']);
  });

  it('explains a bad date range in words', async () => {
    const { db, t } = await setUp();
    await expect(
      callerFor(db, t.admin).trust.auditLog.list({
        trustId: t.trust.id,
        filter: { from: '2026-03-05', to: '2026-03-01' },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('on or after'),
    });
  });
});
