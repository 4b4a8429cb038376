import { verifyAwardCredential } from '@bacc/credentials';
import { type Database, findPublicStatusListCredential, type Kysely } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { formatVerificationCode } from '@bacc/schema';
import { expect, it } from 'vitest';
import { testSecrets } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { awardVerificationCode } from './secrets.ts';
import { approvedSubmission } from './test-setup.ts';

/** Status lists as the server serves them, straight from the database (no network). */
const statusListsFrom = (db: Kysely<Database>) => async (url: string) => {
  const id = url.split('/').pop()!;
  const row = await findPublicStatusListCredential(db, id);
  if (!row) throw new Error(`no status list at ${url}`);
  return row.credential;
};

const code = (awardId: string) =>
  formatVerificationCode(awardVerificationCode(testSecrets, awardId));

describeEachDatabase('revoking and reissuing awards', (suite) => {
  it('revokes with a reason: the status list bit is set, re-signed, and verifiers see it revoked', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const [target, bystander] = awards;
    const admin = callerFor(db, t.admin);
    const check = (a: { credential: unknown }) =>
      verifyAwardCredential(a.credential, { loadStatusList: statusListsFrom(db) });

    const before = await check(target!);
    expect(before).toMatchObject({ verified: true, signature: 'valid', status: 'active' });

    for (const reason of ['', '  ', 'x'])
      await expect(
        admin.trust.awards.revoke({ trustId: t.trust.id, awardId: target!.id, reason }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const revoked = await admin.trust.awards.revoke({
      trustId: t.trust.id,
      awardId: target!.id,
      reason: 'Results were entered for the wrong learner',
    });
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedReason: 'Results were entered for the wrong learner',
    });
    expect(revoked.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const after = await check(target!);
    expect(after).toMatchObject({ verified: false, signature: 'valid', status: 'revoked' });
    // The list was signed again by the trust's key, and still says nothing about the others.
    expect(await check(bystander!)).toMatchObject({ verified: true, status: 'active' });
    const list = await db
      .selectFrom('status_lists')
      .select(['credential', 'issuer_key_id'])
      .where('id', '=', target!.status_list_id!)
      .executeTakeFirstOrThrow();
    const key = await db
      .selectFrom('issuer_keys')
      .select('public_key_multibase')
      .where('id', '=', list.issuer_key_id)
      .executeTakeFirstOrThrow();
    expect((list.credential as { issuer: string }).issuer).toBe(
      `did:key:${key.public_key_multibase}`,
    );

    expect(await callerFor(db, null).verification.check({ code: code(target!.id) })).toMatchObject({
      status: 'revoked',
      award: { revokedReason: 'Results were entered for the wrong learner' },
    });
    await expect(
      admin.trust.awards.revoke({
        trustId: t.trust.id,
        awardId: target!.id,
        reason: 'Again, twice',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const events = await db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'after'])
      .where('action', '=', 'award.revoked')
      .where('entity_id', '=', target!.id)
      .execute();
    expect(events).toEqual([
      {
        actor_user_id: t.admin.id,
        after: { status: 'revoked', reason: 'Results were entered for the wrong learner' },
      },
    ]);
  });

  it('reissues after a name change: a new award supersedes the old, which is revoked in its list', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const old = awards[0]!;
    await db
      .updateTable('learners')
      .set({ legal_family_name: 'Renamed' })
      .where('id', '=', old.learner_id!)
      .execute();
    const admin = callerFor(db, t.admin);
    const fresh = await admin.trust.awards.reissue({
      trustId: t.trust.id,
      awardId: old.id,
      reason: 'Legal name changed by deed poll',
    });
    expect(fresh).toMatchObject({
      status: 'valid',
      supersedesId: old.id,
      learnerId: old.learner_id,
      tier: old.tier,
      issueReason: 'Legal name changed by deed poll',
    });
    expect(fresh.learnerName).toMatch(/ Renamed$/);
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.verificationCode).not.toBe(code(old.id));

    const oldNow = await admin.trust.awards.get({ trustId: t.trust.id, awardId: old.id });
    expect(oldNow).toMatchObject({
      status: 'superseded',
      supersededById: fresh.id,
      supersededByCode: fresh.verificationCode,
      revokedReason: 'Legal name changed by deed poll',
      learnerName: old.learner_name,
    });
    const rows = await db
      .selectFrom('awards')
      .select(['id', 'credential', 'status_list_id', 'status_list_index'])
      .where('id', 'in', [old.id, fresh.id])
      .execute();
    const oldRow = rows.find((r) => r.id === old.id)!;
    const newRow = rows.find((r) => r.id === fresh.id)!;
    expect(`${newRow.status_list_id}:${newRow.status_list_index}`).not.toBe(
      `${oldRow.status_list_id}:${oldRow.status_list_index}`,
    );
    const loadStatusList = statusListsFrom(db);
    expect(await verifyAwardCredential(oldRow.credential, { loadStatusList })).toMatchObject({
      status: 'revoked',
    });
    expect(await verifyAwardCredential(newRow.credential, { loadStatusList })).toMatchObject({
      verified: true,
      status: 'active',
      summary: { learnerName: fresh.learnerName },
    });

    const anonymous = callerFor(db, null);
    expect(await anonymous.verification.check({ code: code(old.id) })).toMatchObject({
      status: 'superseded',
    });
    expect(await anonymous.verification.check({ code: fresh.verificationCode })).toMatchObject({
      status: 'valid',
      award: { learnerName: fresh.learnerName },
    });
    // Only a current award can be reissued, and the chain can go on from the new one.
    await expect(
      admin.trust.awards.reissue({ trustId: t.trust.id, awardId: old.id, reason: 'Once more' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const third = await admin.trust.awards.reissue({
      trustId: t.trust.id,
      awardId: fresh.id,
      reason: 'Corrected a result',
    });
    expect(third.supersedesId).toBe(fresh.id);
    const actions = await db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('trust_id', '=', t.trust.id)
      .where('action', 'in', ['award.superseded', 'award.reissued'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'award.superseded', entity_id: old.id },
      { action: 'award.reissued', entity_id: fresh.id },
      { action: 'award.superseded', entity_id: fresh.id },
      { action: 'award.reissued', entity_id: third.id },
    ]);
  });

  it('two revocations at once both reach the signed list', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const [a, b, c] = awards;
    expect(new Set([a, b, c].map((x) => x!.status_list_id)).size).toBe(1);
    const revoke = (awardId: string) =>
      callerFor(db, t.admin).trust.awards.revoke({
        trustId: t.trust.id,
        awardId,
        reason: 'Issued in error',
      });
    await Promise.all([revoke(a!.id), revoke(b!.id)]);
    const loadStatusList = statusListsFrom(db);
    for (const revoked of [a, b])
      expect(await verifyAwardCredential(revoked!.credential, { loadStatusList })).toMatchObject({
        status: 'revoked',
      });
    expect(await verifyAwardCredential(c!.credential, { loadStatusList })).toMatchObject({
      status: 'active',
    });
  });

  it('refuses to reissue when the learner no longer meets a tier', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const old = awards[0]!;
    await db
      .updateTable('learner_decisions')
      .set({ tier: null, tier_rank: 0 })
      .where('learner_id', '=', old.learner_id!)
      .execute();
    await expect(
      callerFor(db, t.admin).trust.awards.reissue({
        trustId: t.trust.id,
        awardId: old.id,
        reason: 'Corrected a result',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Revoke') });
    const row = await db
      .selectFrom('awards')
      .select('status')
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('valid');
  });
});
