import { describeEachDatabase } from '@bacc/db/testing';
import { formatVerificationCode } from '@bacc/schema';
import { expect, it } from 'vitest';
import { createContextInner, testSecrets } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { hashVerificationCode } from '../verification.ts';
import { issueAwardsForSubmission } from './issue.ts';
import { activeIssuerKey } from './keys.ts';
import { awardVerificationCode } from './secrets.ts';
import { approvedSubmission, pendingSubmission } from './test-setup.ts';

describeEachDatabase('award issuance', (suite) => {
  it('approving issues one award per learner who meets a tier, and none to the rest', async () => {
    const { db } = suite.handle;
    const { t, awards, awardedLearnerIds, withoutTierId, approved, submissionId } =
      await approvedSubmission(db);
    expect(withoutTierId).not.toBeNull();
    expect(awardedLearnerIds.length).toBeGreaterThan(1);
    expect(approved.awardsIssued).toBe(awardedLearnerIds.length);
    expect(awards.map((a) => a.learner_id).sort()).toEqual(awardedLearnerIds);
    expect(awards.some((a) => a.learner_id === withoutTierId)).toBe(false);

    const decisions = await db
      .selectFrom('learner_decisions')
      .select(['learner_id', 'framework_version_id', 'framework_hash', 'decision'])
      .where('learner_id', 'in', awardedLearnerIds)
      .execute();
    const entries = new Set<string>();
    for (const a of awards) {
      const d = decisions.find((x) => x.learner_id === a.learner_id)!;
      const decision = d.decision as { tier: { name: string } };
      expect(a).toMatchObject({
        status: 'valid',
        trust_id: t.trust.id,
        centre_id: t.centreA.id,
        centre_name: t.centreA.name,
        trust_name: t.trust.name,
        submission_id: submissionId,
        issued_by: t.admin.id,
        framework_version_id: d.framework_version_id,
        framework_hash: d.framework_hash,
        tier: decision.tier.name,
        leaving_year: 2026,
        components_public: false,
        supersedes_id: null,
      });
      expect(a.decision).toEqual(d.decision);
      expect(a.components.length).toBeGreaterThan(0);
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.status_list_index).toBeGreaterThanOrEqual(0);
      expect(a.status_list_index).toBeLessThan(131_072);
      entries.add(`${a.status_list_id}:${a.status_list_index}`);
      const credential = a.credential as { id: string; credentialStatus: unknown; proof: unknown };
      expect(credential.id).toBe(`urn:uuid:${a.id}`);
      expect(credential.proof).toBeTruthy();
      expect(a.verification_code_hash).toBe(
        hashVerificationCode(awardVerificationCode(testSecrets, a.id)),
      );
    }
    expect(entries.size).toBe(awards.length);
    const issuedEvents = await db
      .selectFrom('audit_events')
      .select(['entity_id', 'actor_user_id'])
      .where('trust_id', '=', t.trust.id)
      .where('action', '=', 'award.issued')
      .execute();
    expect(issuedEvents.map((e) => e.entity_id).sort()).toEqual(awards.map((a) => a.id).sort());
    expect(issuedEvents.every((e) => e.actor_user_id === t.admin.id)).toBe(true);
  });

  it('issues nothing new when approval is retried, and the database refuses a second award', async () => {
    const { db } = suite.handle;
    const { t, awards, submissionId } = await approvedSubmission(db);
    const admin = callerFor(db, t.admin);
    await expect(
      admin.trust.submissions.approve({ trustId: t.trust.id, submissionId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const ctx = { ...createContextInner({ db }), user: t.admin };
    const again = await db
      .transaction()
      .execute((tx) => issueAwardsForSubmission(tx, ctx, { trustId: t.trust.id }, submissionId));
    expect(again).toEqual({ issued: 0, awardIds: [] });
    const count = await db
      .selectFrom('awards')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('trust_id', '=', t.trust.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(awards.length);

    // The backstop: a second current award for the same learner is refused by the database.
    const first = awards[0]!;
    await expect(
      db
        .insertInto('awards')
        .values({
          trust_id: first.trust_id,
          centre_id: first.centre_id,
          learner_id: first.learner_id,
          framework_version_id: first.framework_version_id,
          framework_hash: first.framework_hash,
          verification_code_hash: 'another',
          learner_name: first.learner_name,
          tier: first.tier,
          decision: JSON.stringify(first.decision),
        })
        .execute(),
    ).rejects.toThrow(/awards_one_current_idx|duplicate key/);
  });

  it('two issuances of one submission at once issue each award once', async () => {
    const { db } = suite.handle;
    const { t, submissionId, awardedLearnerIds } = await pendingSubmission(db);
    await db
      .updateTable('submissions')
      .set({ status: 'approved', decided_by: t.admin.id, decided_at: new Date() })
      .where('id', '=', submissionId)
      .execute();
    const ctx = { ...createContextInner({ db }), user: t.admin };
    const issue = () =>
      db
        .transaction()
        .execute((tx) => issueAwardsForSubmission(tx, ctx, { trustId: t.trust.id }, submissionId));
    const results = await Promise.all([issue(), issue()]);
    expect(results.map((r) => r.issued).sort((a, b) => a - b)).toEqual([
      0,
      awardedLearnerIds.length,
    ]);
    const awards = await db
      .selectFrom('awards')
      .select('learner_id')
      .where('submission_id', '=', submissionId)
      .execute();
    expect(awards.map((a) => a.learner_id).sort()).toEqual(awardedLearnerIds);
    const keys = await db
      .selectFrom('issuer_keys')
      .select('id')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(keys).toHaveLength(1);
  });

  it('refuses to approve, changing nothing, when the server secret no longer opens the trust’s key', async () => {
    const { db } = suite.handle;
    const { t, submissionId } = await pendingSubmission(db);
    await db
      .transaction()
      .execute((tx) => activeIssuerKey(tx, testSecrets, { trustId: t.trust.id }));
    const otherSecret = { key: new Uint8Array(32).fill(5) };
    await expect(
      callerFor(db, t.admin, { secrets: otherSecret }).trust.submissions.approve({
        trustId: t.trust.id,
        submissionId,
      }),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('BACC_SECRET_KEY'),
    });
    const submission = await db
      .selectFrom('submissions')
      .select('status')
      .where('id', '=', submissionId)
      .executeTakeFirstOrThrow();
    expect(submission.status).toBe('pending');
    expect(
      await db.selectFrom('awards').select('id').where('trust_id', '=', t.trust.id).execute(),
    ).toEqual([]);
  });

  it('issues nothing when a submission is returned', async () => {
    const { db } = suite.handle;
    const { t, submissionId } = await pendingSubmission(db);
    await callerFor(db, t.admin).trust.submissions.return({
      trustId: t.trust.id,
      submissionId,
      comment: 'Please check the activity hours.',
    });
    const awards = await db
      .selectFrom('awards')
      .select('id')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(awards).toEqual([]);
  });

  it('keeps every award a snapshot: the database refuses edits and deletes', async () => {
    const { db } = suite.handle;
    const { awards } = await approvedSubmission(db);
    const a = awards[0]!;
    const edits = [
      db.updateTable('awards').set({ learner_name: 'Someone Else' }).where('id', '=', a.id),
      db.updateTable('awards').set({ tier: 'Gold' }).where('id', '=', a.id),
      db.updateTable('awards').set({ decision: '{}' }).where('id', '=', a.id),
      db.updateTable('awards').set({ credential: '{}' }).where('id', '=', a.id),
      db.updateTable('awards').set({ status_list_index: 1 }).where('id', '=', a.id),
      db.updateTable('awards').set({ revoked_reason: 'quietly' }).where('id', '=', a.id),
    ];
    for (const edit of edits) await expect(edit.execute()).rejects.toThrow(/snapshot|revocation/);
    await expect(db.deleteFrom('awards').where('id', '=', a.id).execute()).rejects.toThrow(
      /cannot be deleted/,
    );
    // What may change: the public-components choice, and a revocation, once.
    await db
      .updateTable('awards')
      .set({ components_public: true })
      .where('id', '=', a.id)
      .execute();
    await db
      .updateTable('awards')
      .set({ status: 'revoked', revoked_at: new Date(), revoked_reason: 'test' })
      .where('id', '=', a.id)
      .execute();
    await expect(
      db.updateTable('awards').set({ status: 'valid' }).where('id', '=', a.id).execute(),
    ).rejects.toThrow(/status cannot change/);
    const row = await db
      .selectFrom('awards')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ learner_name: a.learner_name, tier: a.tier, status: 'revoked' });
  });

  it('derives each code the same way every time, and looks it up in its tolerated spellings', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const a = awards[0]!;
    const code = awardVerificationCode(testSecrets, a.id);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(awardVerificationCode(testSecrets, a.id)).toBe(code);
    const view = await callerFor(db, t.staffA).centre.awards.get({
      centreId: t.centreA.id,
      awardId: a.id,
    });
    expect(view.verificationCode).toBe(formatVerificationCode(code));
    expect(view.verifyUrl).toBe(`http://localhost:3000/v/${formatVerificationCode(code)}`);
    const anonymous = callerFor(db, null);
    const spellings = [
      code,
      code.toLowerCase(),
      formatVerificationCode(code),
      ` ${formatVerificationCode(code).replace(/-/g, ' ')} `,
      code.replace(/0/g, 'O').replace(/1/g, 'l'),
    ];
    for (const spelling of spellings) {
      const answer = await anonymous.verification.check({ code: spelling });
      expect(answer).toMatchObject({ status: 'valid', award: { learnerName: a.learner_name } });
    }
    // Another server secret derives other codes: the code is not guessable from the award id.
    const other = awardVerificationCode({ key: new Uint8Array(32).fill(7) }, a.id);
    expect(other).not.toBe(code);
    expect(await anonymous.verification.check({ code: other })).toEqual({ status: 'not_found' });
  });
});
