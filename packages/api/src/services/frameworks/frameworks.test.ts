import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import { describeEachDatabase } from '@bacc/db/testing';
import type { FrameworkDefinition } from '@bacc/schema';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { compiledFrameworkVersion } from '../records/frameworks.ts';

describeEachDatabase('framework authoring', (suite) => {
  it('creates drafts from a fixture, a copy or nothing, numbered per framework, and audits them', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin).trust.frameworks;
    const trustId = t.trust.id;
    const fixtures = await admin.fixtures({ trustId });
    expect(fixtures.map((f) => f.id)).toContain('national_bacc_england');
    const one = await admin.createDraft({
      trustId,
      source: { kind: 'fixture', fixtureId: 'national_bacc_england' },
    });
    const two = await admin.createDraft({ trustId, source: { kind: 'copy', versionId: one.id } });
    const blank = await admin.createDraft({
      trustId,
      source: { kind: 'blank', name: 'Our Award' },
    });
    expect([one.versionNumber, two.versionNumber, blank.versionNumber]).toEqual([1, 2, 1]);
    expect(one.status).toBe('draft');
    const got = await admin.get({ trustId, versionId: blank.id });
    expect(got.validation.ok).toBe(true);
    expect((await admin.list({ trustId })).map((v) => v.id)).toHaveLength(3);
    await expect(
      admin.createDraft({ trustId, source: { kind: 'fixture', fixtureId: 'nope' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const actions = await db
      .selectFrom('audit_events')
      .select('action')
      .where('trust_id', '=', trustId)
      .execute();
    expect(actions.filter((a) => a.action === 'framework.draft_created')).toHaveLength(3);
  });

  it('saves an invalid draft with its issues by JSON path, but will not publish it; stale saves conflict', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin).trust.frameworks;
    const trustId = t.trust.id;
    const draft = await admin.createDraft({
      trustId,
      source: { kind: 'fixture', fixtureId: 'national_bacc_england' },
    });
    const broken = structuredClone(nationalBaccalaureate) as FrameworkDefinition;
    (broken.tiers[0]!.requirements[0] as { component: string }).component = 'no_such_component';
    const saved = await admin.saveDraft({
      trustId,
      versionId: draft.id,
      version: 1,
      definition: broken,
    });
    expect(saved.version).toBe(2);
    expect(saved.validation.ok).toBe(false);
    expect(saved.validation.issues[0]).toMatchObject({
      path: ['tiers', 0, 'requirements', 0, 'component'],
      pathText: '$.tiers[0].requirements[0].component',
      message: expect.any(String),
    });
    await expect(admin.publish({ trustId, versionId: draft.id, version: 2 })).rejects.toMatchObject(
      {
        code: 'BAD_REQUEST',
        cause: {
          details: {
            issues: [expect.objectContaining({ pathText: '$.tiers[0].requirements[0].component' })],
          },
        },
      },
    );
    await expect(
      admin.saveDraft({
        trustId,
        versionId: draft.id,
        version: 1,
        definition: nationalBaccalaureate,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const row = await db
      .selectFrom('framework_versions')
      .select(['status', 'version'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', version: 2 });
  });

  it('publishes a valid draft, which then cannot be changed or deleted, even in SQL; retiring keeps cohorts working', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin).trust.frameworks;
    const trustId = t.trust.id;
    const draft = await admin.createDraft({
      trustId,
      source: { kind: 'fixture', fixtureId: 'national_bacc_england' },
    });
    const published = await admin.publish({ trustId, versionId: draft.id, version: 1 });
    expect(published).toMatchObject({
      status: 'published',
      definitionHash: expect.stringMatching(/^sha256:/),
    });
    expect(published.publishedAt).toBeInstanceOf(Date);
    const before = await db
      .selectFrom('framework_versions')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();

    await expect(
      admin.saveDraft({ trustId, versionId: draft.id, version: published.version, definition: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('published') });
    await expect(
      admin.discardDraft({ trustId, versionId: draft.id, version: published.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      admin.publish({ trustId, versionId: draft.id, version: published.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    // The database is the backstop: a direct write is refused too.
    await expect(
      sql`update framework_versions set definition = '{}'::jsonb where id = ${draft.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      sql`delete from framework_versions where id = ${draft.id}`.execute(db),
    ).rejects.toThrow(/cannot be deleted/);
    const after = await db
      .selectFrom('framework_versions')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);

    await db
      .insertInto('cohorts')
      .values({
        trust_id: trustId,
        centre_id: t.centreA.id,
        leaving_year: 2027,
        framework_version_id: draft.id,
      })
      .execute();
    const retired = await admin.retire({ trustId, versionId: draft.id });
    expect(retired.status).toBe('retired');
    await expect(admin.retire({ trustId, versionId: draft.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      sql`update framework_versions set status = 'published' where id = ${draft.id}`.execute(db),
    ).rejects.toThrow(/cannot be changed/);
    const { framework } = await compiledFrameworkVersion(db, { trustId }, draft.id);
    expect(framework.hash).toBe(published.definitionHash);
  });

  it('diffs two versions in words', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin).trust.frameworks;
    const trustId = t.trust.id;
    const a = await admin.createDraft({
      trustId,
      source: { kind: 'fixture', fixtureId: 'national_bacc_england' },
    });
    const b = await admin.createDraft({ trustId, source: { kind: 'copy', versionId: a.id } });
    const changed = structuredClone(nationalBaccalaureate);
    changed.name = 'National Bacc (2027)';
    await admin.saveDraft({ trustId, versionId: b.id, version: 1, definition: changed });
    const diff = await admin.diff({ trustId, fromId: a.id, toId: b.id });
    expect(diff.changes).toEqual([
      expect.objectContaining({
        change: 'changed',
        text: expect.stringContaining('National Bacc (2027)'),
      }),
    ]);
  });

  it('lets no one but this trust’s admins reach any framework procedure', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const trustId = t.trust.id;
    const draft = await callerFor(db, t.admin).trust.frameworks.createDraft({
      trustId,
      source: { kind: 'fixture', fixtureId: 'national_bacc_england' },
    });
    const versionId = draft.id;
    const previewId = '00000000-0000-4000-8000-000000000000';
    // Thunks, so each call starts only when it is awaited (no rejection goes unhandled).
    const calls = (c: ReturnType<typeof callerFor>['trust']['frameworks']) => [
      () => c.list({ trustId }),
      () => c.fixtures({ trustId }),
      () => c.get({ trustId, versionId }),
      () => c.createDraft({ trustId, source: { kind: 'copy', versionId } }),
      () => c.saveDraft({ trustId, versionId, version: 1, definition: {} }),
      () => c.discardDraft({ trustId, versionId, version: 1 }),
      () => c.publish({ trustId, versionId, version: 1 }),
      () => c.retire({ trustId, versionId }),
      () => c.diff({ trustId, fromId: versionId, toId: versionId }),
      () => c.impact.start({ trustId, versionId }),
      () => c.impact.get({ trustId, previewId }),
    ];
    for (const user of [t.centreAdminA, t.staffA, t.staffB, other.admin]) {
      for (const call of calls(callerFor(db, user).trust.frameworks)) {
        await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    for (const call of calls(callerFor(db, null).trust.frameworks)) {
      await expect(call()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    // The other trust's admin naming their own trust still cannot see this trust's version.
    await expect(
      callerFor(db, other.admin).trust.frameworks.get({ trustId: other.trust.id, versionId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const row = await db
      .selectFrom('framework_versions')
      .select(['status', 'version'])
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', version: 1 });
    expect(
      await db
        .selectFrom('framework_versions')
        .select('id')
        .where('trust_id', '=', trustId)
        .execute(),
    ).toHaveLength(1);
  });
});
