import type { SessionCookieJar } from '@bacc/api';
import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { resolveSession } from '../auth/sessions.ts';
import { loginLimits } from '../auth/throttle.ts';
import { defaultAuthSettings } from '../context.ts';
import { callerFor, createTenantWithUsers, TEST_PASSWORD } from '../testing/index.ts';

function jar() {
  const state: { token: string | null; expiresAt: Date | null } = { token: null, expiresAt: null };
  const cookies: SessionCookieJar = {
    set: (token, expiresAt) => Object.assign(state, { token, expiresAt }),
    clear: () => Object.assign(state, { token: null, expiresAt: null }),
  };
  return { state, cookies };
}

describeEachDatabase('signing in and sessions', (suite) => {
  it('signs in, rotates the token at each sign-in, and signs out for good', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const { state, cookies } = jar();
    const anon = callerFor(db, null, { cookies });
    const { user } = await anon.auth.login({
      email: t.staffA.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(user).toMatchObject({ id: t.staffA.id, centreId: t.centreA.id, role: 'centre_staff' });
    const first = state.token!;
    expect(Buffer.from(first, 'base64url')).toHaveLength(16);

    const ctx = { db, auth: defaultAuthSettings, now: () => new Date() };
    const session = (await resolveSession(ctx, first))!;
    const again = callerFor(db, session.user, { cookies, sessionTokenHash: session.tokenHash });
    await again.auth.login({ email: t.staffA.email, password: TEST_PASSWORD });
    expect(state.token).not.toBe(first);
    expect(await resolveSession(ctx, first)).toBeNull();

    const secondToken = state.token!;
    const second = (await resolveSession(ctx, secondToken))!;
    await callerFor(db, second.user, { cookies, sessionTokenHash: second.tokenHash }).auth.logout();
    expect(state.token).toBeNull();
    expect(await resolveSession(ctx, secondToken)).toBeNull();
  });

  it('refuses idle and expired sessions', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const { state, cookies } = jar();
    await callerFor(db, null, { cookies }).auth.login({
      email: t.admin.email,
      password: TEST_PASSWORD,
    });
    const at = (ms: number) => ({
      db,
      auth: defaultAuthSettings,
      now: () => new Date(Date.now() + ms),
    });
    expect(await resolveSession(at(0), state.token)).not.toBeNull();
    expect(await resolveSession(at(31 * 60_000), state.token)).toBeNull();
    const longAuth = { ...defaultAuthSettings, idleTimeoutMinutes: 10_000 };
    expect(
      await resolveSession(
        { db, auth: longAuth, now: () => new Date(Date.now() + 13 * 3_600_000) },
        state.token,
      ),
    ).toBeNull();
    expect(await resolveSession(at(0), 'forged-token')).toBeNull();
  });

  it('throttles repeated wrong passwords for an account, even when the right one follows', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const anon = callerFor(db, null, { request: { ip: '203.0.113.7', userAgent: 'test' } });
    for (let i = 0; i < loginLimits.perAccount; i++) {
      await expect(
        anon.auth.login({ email: t.staffB.email, password: 'wrong password!' }),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'Email or password is incorrect.',
      });
    }
    await expect(
      anon.auth.login({ email: t.staffB.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    // Another account from another address is unaffected.
    const other = callerFor(db, null, { request: { ip: '198.51.100.2', userAgent: 'test' } });
    await expect(
      other.auth.login({ email: t.staffA.email, password: TEST_PASSWORD }),
    ).resolves.toBeDefined();
  });

  it('throttles one address trying many accounts', async () => {
    const { db } = suite.handle;
    await createTenantWithUsers(db);
    const anon = callerFor(db, null, { request: { ip: '192.0.2.99', userAgent: 'test' } });
    for (let i = 0; i < loginLimits.perIp; i++) {
      await anon.auth
        .login({ email: `nobody${i}@example.org`, password: 'whatever it is' })
        .catch(() => {});
    }
    await expect(
      anon.auth.login({ email: 'someone@example.org', password: 'whatever it is' }),
    ).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });

  it('answers unknown accounts exactly like wrong passwords', async () => {
    const { db } = suite.handle;
    await expect(
      callerFor(db, null).auth.login({ email: 'ghost@example.org', password: 'anything at all' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Email or password is incorrect.' });
    await expect(
      callerFor(db, null).auth.login({ email: 'not an email', password: 'x' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
