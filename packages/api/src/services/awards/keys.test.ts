import { verifyAwardCredential } from '@bacc/credentials';
import { type Database, findPublicStatusListCredential, type Kysely } from '@bacc/db';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { testSecrets } from '../../context.ts';
import { callerFor } from '../../testing/index.ts';
import { rotateIssuerKey } from './keys.ts';
import { approvedSubmission } from './test-setup.ts';

/** Status lists as the server serves them, straight from the database (no network). */
const statusListsFrom = (db: Kysely<Database>) => async (url: string) => {
  const id = url.split('/').pop()!;
  const row = await findPublicStatusListCredential(db, id);
  if (!row) throw new Error(`no status list at ${url}`);
  return row.credential;
};

describeEachDatabase('issuer keys', (suite) => {
  it('after key rotation, new awards use the new key and a retired key still re-signs its own list', async () => {
    const { db } = suite.handle;
    const { t, awards } = await approvedSubmission(db);
    const scope = { trustId: t.trust.id };
    const rotated = await db
      .transaction()
      .execute((tx) => rotateIssuerKey(tx, testSecrets, scope, new Date()));
    expect(rotated.retired?.id).toBe(awards[0]!.issuer_key_id);
    expect(rotated.active.id).not.toBe(rotated.retired?.id);
    const keys = await db
      .selectFrom('issuer_keys')
      .select(['id', 'status'])
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(keys.filter((k) => k.status === 'active').map((k) => k.id)).toEqual([rotated.active.id]);
    expect(keys).toHaveLength(2);

    const admin = callerFor(db, t.admin);
    const loadStatusList = statusListsFrom(db);
    // Revoking an award signed by the retired key: its list is re-signed by that same key.
    await admin.trust.awards.revoke({
      trustId: t.trust.id,
      awardId: awards[1]!.id,
      reason: 'Issued in error',
    });
    expect(await verifyAwardCredential(awards[1]!.credential, { loadStatusList })).toMatchObject({
      signature: 'valid',
      status: 'revoked',
    });
    expect(await verifyAwardCredential(awards[2]!.credential, { loadStatusList })).toMatchObject({
      verified: true,
      status: 'active',
    });
    // A reissue now signs with the new key, in a list of the new key.
    const fresh = await admin.trust.awards.reissue({
      trustId: t.trust.id,
      awardId: awards[0]!.id,
      reason: 'Corrected a result',
    });
    const row = await db
      .selectFrom('awards')
      .innerJoin('status_lists', 'status_lists.id', 'awards.status_list_id')
      .select([
        'awards.issuer_key_id',
        'status_lists.issuer_key_id as listKey',
        'awards.credential',
      ])
      .where('awards.id', '=', fresh.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ issuer_key_id: rotated.active.id, listKey: rotated.active.id });
    expect(await verifyAwardCredential(row.credential, { loadStatusList })).toMatchObject({
      verified: true,
      status: 'active',
    });
    // The issuer keys are sealed at rest: the stored secret is not the key itself.
    const sealed = await db
      .selectFrom('issuer_keys')
      .select('secret_key_sealed')
      .where('id', '=', rotated.active.id)
      .executeTakeFirstOrThrow();
    expect(sealed.secret_key_sealed).toMatch(/^v1\./);
    expect(sealed.secret_key_sealed).not.toMatch(/^z/);
  });
});
