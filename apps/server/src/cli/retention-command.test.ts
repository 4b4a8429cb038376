import { createContextInner } from '@bacc/api';
import { createTenantWithUsers } from '@bacc/api/testing';
import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { runRetentionCommand } from './retention-command.ts';

describeEachDatabase('npm run retention', (suite) => {
  it('shows what is due without changing anything, then erases it with --apply', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db, 'Retention');
    const slug = (
      await db
        .selectFrom('trusts')
        .select('slug')
        .where('id', '=', t.trust.id)
        .executeTakeFirstOrThrow()
    ).slug;
    const scope = { trustId: t.trust.id, centreId: t.centreA.id };
    await createLearnerRow(db, scope, { leaving_year: 2020 });
    await createLearnerRow(db, scope, { leaving_year: 2020 });
    const kept = await createLearnerRow(db, scope, { leaving_year: 2025 });
    await db
      .updateTable('trusts')
      .set({ leaver_retention_years: 3 })
      .where('id', '=', t.trust.id)
      .execute();
    const deps = {
      db,
      secrets: createContextInner({ db }).secrets,
      publicUrl: 'http://localhost:3000',
      now: () => new Date('2026-11-22T09:00:00Z'),
    };
    const shown = await runRetentionCommand({ trust: slug }, deps);
    expect(shown.join('\n')).toContain('leavers of 2022 and before are due): 2 learners due.');
    expect(shown.at(-1)).toContain('Nothing was changed');
    const count = async () =>
      (
        await db.selectFrom('learners').select('id').where('trust_id', '=', t.trust.id).execute()
      ).map((l) => l.id);
    expect((await count()).length).toBe(3);

    const applied = await runRetentionCommand({ trust: slug, apply: true }, deps);
    expect(applied.join('\n')).toContain('erased 2 learners');
    expect(await count()).toEqual([kept.id]);
    await expect(runRetentionCommand({ trust: 'no-such-trust' }, deps)).rejects.toThrow(
      'There is no trust "no-such-trust".',
    );
  });
});
