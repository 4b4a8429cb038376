import { OB_SCHEMA_URL, verifyWithEveryVerifier } from '@bacc/credentials/testing';
import type { Database, Kysely } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor } from '../../testing/index.ts';
import { statusListUrl } from './status-lists.ts';
import { approvedSubmission } from './test-setup.ts';

/** Every signed status list, keyed by the URL the credentials name, as the server serves them. */
async function servedStatusLists(db: Kysely<Database>) {
  const lists = await db.selectFrom('status_lists').select(['id', 'credential']).execute();
  return Object.fromEntries(
    lists.map((l) => [statusListUrl('http://localhost:3000', l.id), l.credential]),
  );
}

describeEachDatabase('issued credentials and independent verifiers', (suite) => {
  it('every credential approval issues verifies with ours, verifier-core and Digital Bazaar’s, and revocation flips all three', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    expect(awards.length).toBeGreaterThan(1);
    let lists = await servedStatusLists(db);
    for (const a of awards) {
      const every = await verifyWithEveryVerifier(a.credential, lists);
      expect(every.ours, a.learner_name).toMatchObject({
        verified: true,
        signature: 'valid',
        structure: { valid: true },
        status: 'active',
        dates: 'current',
        summary: { learnerName: a.learner_name, tier: a.tier, centreName: a.centre_name },
      });
      expect(every.verifierCore).toMatchObject({ signature: 'valid', revoked: false });
      expect(every.digitalBazaar).toMatchObject({ signature: true, notRevoked: true });
      // Nothing left the machine except what the guard stood in for (verifier-core's OB schema).
      expect(every.attempts.filter((u) => u !== OB_SCHEMA_URL)).toEqual([]);
    }

    const target = awards[0]!;
    await callerFor(db, t.admin).trust.awards.revoke({
      trustId: t.trust.id,
      awardId: target.id,
      reason: 'Issued in error',
    });
    lists = await servedStatusLists(db);
    const after = await verifyWithEveryVerifier(target.credential, lists);
    expect(after.ours).toMatchObject({ verified: false, signature: 'valid', status: 'revoked' });
    expect(after.verifierCore).toMatchObject({ signature: 'valid', revoked: true });
    expect(after.digitalBazaar).toMatchObject({ signature: true, notRevoked: false });
    const other = await verifyWithEveryVerifier(awards[1]!.credential, lists);
    expect(other.ours.status).toBe('active');
    expect(other.verifierCore.revoked).toBe(false);
    expect(other.digitalBazaar.notRevoked).toBe(true);
  });

  it('one changed character in a stored credential fails every verifier', async () => {
    const { db } = suite.handle;
    const { awards } = await approvedSubmission(db);
    const lists = await servedStatusLists(db);
    const tampered = structuredClone(awards[0]!.credential) as {
      credentialSubject: { name?: string; [k: string]: unknown };
    };
    const json = JSON.stringify(tampered).replace(
      awards[0]!.learner_name,
      (n) => `${n.slice(0, -1)}x`,
    );
    const every = await verifyWithEveryVerifier(JSON.parse(json), lists);
    expect(every.ours).toMatchObject({ verified: false, signature: 'invalid' });
    expect(every.verifierCore.signature).toBe('invalid');
    expect(every.digitalBazaar.signature).toBe(false);
  });
});
