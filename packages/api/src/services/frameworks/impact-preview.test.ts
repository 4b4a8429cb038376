import { compileFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import { describeEachDatabase } from '@bacc/db/testing';
import type { FrameworkDefinition } from '@bacc/schema';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';
import { loadLearnerRecords } from '../records/learner-record.ts';
import { settledImpactPreview } from './impact-preview.ts';
import { seedNationalBaccTrust } from './testing.ts';

/** The National Bacc with the Advanced tier's Personal Development hours raised. */
function withAdvancedHours(hours: number): FrameworkDefinition {
  const def = structuredClone(nationalBaccalaureate);
  const pd = def.tiers[0]!.requirements.find((r) => r.component === 'personal_development')!;
  const rule = pd.rule as { of: { value: number }[] };
  rule.of[0]!.value = hours;
  return def;
}

describeEachDatabase('impact preview', (suite) => {
  it('counts exactly the learners a direct recomputation would move, by centre, with examples', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const trustId = t.trust.id;
    const { publishedId } = await seedNationalBaccTrust(db, t, {
      a: [100, 105, 119, 120, 150],
      b: [110, 130],
    });
    const admin = callerFor(db, t.admin).trust.frameworks;
    const draft = await admin.createDraft({
      trustId,
      source: { kind: 'copy', versionId: publishedId },
    });
    const changed = withAdvancedHours(120);
    await admin.saveDraft({ trustId, versionId: draft.id, version: 1, definition: changed });

    const job = await admin.impact.start({ trustId, versionId: draft.id });
    expect(job.total).toBe(7);
    await settledImpactPreview(job.id);
    const preview = await admin.impact.get({ trustId, previewId: job.id });
    expect(preview).toMatchObject({ status: 'done', processed: 7, total: 7, error: null });
    const result = preview.result!;

    // Recompute directly: every learner, the changed framework, compared with the stored decision.
    const framework = compileFramework(changed);
    const stored = await db
      .selectFrom('learner_decisions')
      .selectAll()
      .where('trust_id', '=', trustId)
      .execute();
    let moved = 0;
    const byCentre = new Map<string, number>();
    for (const centre of [t.centreA, t.centreB]) {
      const mine = stored.filter((s) => s.centre_id === centre.id);
      const records = await loadLearnerRecords(
        db,
        { trustId, centreId: centre.id },
        mine.map((s) => s.learner_id),
      );
      for (const s of mine) {
        const d = framework.evaluate(records.get(s.learner_id)!);
        if (
          d.tier?.id !== s.tier ||
          d.pathway?.id !== s.pathway ||
          (d.awardGrade?.id ?? null) !== s.award_grade
        ) {
          moved++;
          byCentre.set(centre.id, (byCentre.get(centre.id) ?? 0) + 1);
        }
      }
    }
    expect(moved).toBe(4);
    expect(result).toMatchObject({
      learners: 7,
      undecided: 0,
      changed: moved,
      down: moved,
      up: 0,
      tierChanges: moved,
    });
    expect(result.moves).toEqual([{ from: 'Advanced', to: 'Intermediate', count: 4 }]);
    const a = result.centres.find((c) => c.centreId === t.centreA.id)!;
    expect(a).toMatchObject({ learners: 5, changed: byCentre.get(t.centreA.id), down: 3 });
    expect(a.examples[0]).toMatchObject({
      centreName: t.centreA.name,
      direction: 'down',
      from: { tier: 'Advanced' },
      to: { tier: 'Intermediate' },
      name: expect.stringMatching(/^Learner Number/),
    });
    expect(result.tiers.find((x) => x.tier === 'Advanced')).toEqual({
      tier: 'Advanced',
      now: 7,
      preview: 3,
    });

    // A preview of one centre decides only that centre's learners.
    const one = await admin.impact.start({ trustId, versionId: draft.id, centreId: t.centreB.id });
    await settledImpactPreview(one.id);
    const b = await admin.impact.get({ trustId, previewId: one.id });
    expect(b.result).toMatchObject({ learners: 2, changed: 1 });
    // The published version itself changes no one.
    const same = await admin.impact.start({ trustId, versionId: publishedId });
    await settledImpactPreview(same.id);
    expect((await admin.impact.get({ trustId, previewId: same.id })).result).toMatchObject({
      changed: 0,
    });
  });

  it('refuses to preview a draft the engine cannot compile, naming its problems', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const trustId = t.trust.id;
    const admin = callerFor(db, t.admin).trust.frameworks;
    const draft = await admin.createDraft({ trustId, source: { kind: 'blank', name: 'Ours' } });
    await admin.saveDraft({ trustId, versionId: draft.id, version: 1, definition: { tiers: [] } });
    await expect(admin.impact.start({ trustId, versionId: draft.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Fix the problems'),
    });
  });
});
