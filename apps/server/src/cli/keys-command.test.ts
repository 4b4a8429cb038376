import { testSecrets } from '@bacc/api';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
// Test data only: a seeded trust whose centre A submission the trust admin has approved.
import { approvedSubmission } from '../../../../packages/api/src/services/awards/test-setup.ts';
import { runKeysCommand } from './keys-command.ts';

describeEachDatabase('the keys command', (suite) => {
  it('generates once, rotates keeping the old key, and lists which keys this secret opens', async () => {
    const { db } = suite.handle;
    const trust = await db
      .insertInto('trusts')
      .values({ name: 'Keys Trust', slug: `keys-${Date.now()}` })
      .returning(['id', 'slug'])
      .executeTakeFirstOrThrow();
    const deps = { db, secrets: testSecrets };
    expect((await runKeysCommand('list', { trust: trust.slug }, deps))[0]).toMatch(/no keys yet/);
    expect((await runKeysCommand('generate', { trust: trust.slug }, deps))[0]).toMatch(
      /^Made Keys Trust's issuer key: did:key:z6Mk/,
    );
    expect((await runKeysCommand('generate', { trust: trust.id }, deps))[0]).toMatch(/already has/);
    const rotated = await runKeysCommand('rotate', { trust: trust.slug }, deps);
    expect(rotated[0]).toBe("Rotated Keys Trust's issuer key.");
    const keys = await db
      .selectFrom('issuer_keys')
      .select(['status'])
      .where('trust_id', '=', trust.id)
      .orderBy('created_at')
      .execute();
    expect(keys.map((k) => k.status)).toEqual(['retired', 'active']);
    const listed = await runKeysCommand('list', { trust: trust.slug }, deps);
    expect(listed.filter((l) => l.includes('opens with this server secret'))).toHaveLength(2);
    const wrong = await runKeysCommand(
      'list',
      { trust: trust.slug },
      {
        db,
        secrets: { key: new Uint8Array(32).fill(3) },
      },
    );
    expect(wrong.filter((l) => l.includes('DOES NOT OPEN'))).toHaveLength(2);
    const actions = await db
      .selectFrom('audit_events')
      .select('action')
      .where('trust_id', '=', trust.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['issuer_key.created', 'issuer_key.rotated']);
  });

  it('refuses an unknown trust or command with a sentence, and rotation keeps awards verifiable', async () => {
    const { db } = suite.handle;
    const deps = { db, secrets: testSecrets };
    await expect(runKeysCommand('rotate', { trust: 'nobody' }, deps)).rejects.toThrow(
      /There is no trust "nobody"/,
    );
    await expect(runKeysCommand('rotate', {}, deps)).rejects.toThrow(/Name the trust/);
    await expect(runKeysCommand('explode', {}, deps)).rejects.toThrow(/npm run keys -- list/);
    const { t, awards } = await approvedSubmission(db);
    await runKeysCommand('rotate', { trust: t.trust.id }, deps);
    const signer = await db
      .selectFrom('issuer_keys')
      .select('status')
      .where('id', '=', awards[0]!.issuer_key_id!)
      .executeTakeFirstOrThrow();
    expect(signer.status).toBe('retired');
  });
});
