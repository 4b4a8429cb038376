import { verifyAwardCredential } from '@bacc/credentials';
import { type Database, findPublicStatusListCredential, type Kysely } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { testSecrets } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { activeIssuerKey } from './keys.ts';
import { allocateStatusEntries } from './status-lists.ts';
import { approvedSubmission, pendingSubmission } from './test-setup.ts';

const loadFrom = (db: Kysely<Database>) => async (url: string) => {
  const row = await findPublicStatusListCredential(db, url.split('/').pop()!);
  if (!row) throw new Error(`no status list at ${url}`);
  return row.credential;
};

describeEachDatabase('status lists', (suite) => {
  it('opens a new list when the current one is full, and every award verifies against its own', async () => {
    const { db } = suite.handle;
    const { t, submissionId, awardedLearnerIds } = await pendingSubmission(db);
    const scope = { trustId: t.trust.id };
    // An earlier list with room for exactly two more awards (filled to three quarters at most).
    const first = await db.transaction().execute(async (tx) => {
      const signer = await activeIssuerKey(tx, testSecrets, scope);
      const [entry] = await allocateStatusEntries(tx, 'http://localhost:3000', scope, signer, 1);
      return entry!;
    });
    await db
      .updateTable('status_lists')
      .set({ taken_count: (131_072 * 3) / 4 - 2 })
      .where('id', '=', first.listId)
      .execute();
    await callerFor(db, t.admin).trust.submissions.approve({ trustId: t.trust.id, submissionId });
    const awards = await db
      .selectFrom('awards')
      .select(['status_list_id', 'credential'])
      .where('submission_id', '=', submissionId)
      .execute();
    expect(awards).toHaveLength(awardedLearnerIds.length);
    const inFirst = awards.filter((a) => a.status_list_id === first.listId);
    expect(inFirst).toHaveLength(2);
    const lists = new Set(awards.map((a) => a.status_list_id));
    expect(lists.size).toBe(2);
    for (const a of awards)
      expect(
        await verifyAwardCredential(a.credential, { loadStatusList: loadFrom(db) }),
      ).toMatchObject({ verified: true, status: 'active' });
  });

  it('keeps a list’s address when PUBLIC_URL changes, so revocations still reach old credentials', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const moved = callerFor(db, t.admin, { publicUrl: 'https://moved.example.org' });
    await moved.trust.awards.revoke({
      trustId: t.trust.id,
      awardId: awards[0]!.id,
      reason: 'Issued in error',
    });
    const list = await findPublicStatusListCredential(db, awards[0]!.status_list_id!);
    expect((list!.credential as { id: string }).id).toBe(
      `http://localhost:3000/credentials/status/${awards[0]!.status_list_id}`,
    );
    expect(
      await verifyAwardCredential(awards[0]!.credential, { loadStatusList: loadFrom(db) }),
    ).toMatchObject({ signature: 'valid', status: 'revoked' });
    // A reissue after the move joins the same list, under the address the list already has.
    const fresh = await moved.trust.awards.reissue({
      trustId: t.trust.id,
      awardId: awards[1]!.id,
      reason: 'Corrected a result',
    });
    expect(fresh.verifyUrl.startsWith('https://moved.example.org/v/')).toBe(true);
    const row = await db
      .selectFrom('awards')
      .select('credential')
      .where('id', '=', fresh.id)
      .executeTakeFirstOrThrow();
    expect(
      await verifyAwardCredential(row.credential, { loadStatusList: loadFrom(db) }),
    ).toMatchObject({ verified: true, status: 'active' });
  });
});
