import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { resolveSession } from '../../auth/sessions.ts';
import { createContextInner } from '../../context.ts';
import { callerFor, createTenantWithUsers, TEST_PASSWORD } from '../../testing/index.ts';

const tokenOf = (path: string) => new URL(path, 'http://x').searchParams.get('token')!;
const NEW_PASSWORD = 'a brand new passphrase';

describeEachDatabase('users and invites', (suite) => {
  it('invites by a single-use link that sets the password once', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin);
    const invite = await admin.trust.users.invite({
      trustId: t.trust.id,
      user: {
        email: 'New.Teacher@Example.org',
        displayName: 'Nia Teacher',
        role: 'centre_staff',
        centreId: t.centreA.id,
      },
    });
    expect(invite.path).toMatch(/^\/portal\/accept-invite\?token=[A-Za-z0-9_-]{22}$/);
    const token = tokenOf(invite.path);
    const stored = await db.selectFrom('user_invites').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    const list = await admin.trust.users.list({ trustId: t.trust.id });
    expect(list.find((u) => u.email === 'new.teacher@example.org')).toMatchObject({
      status: 'invited',
      centreName: t.centreA.name,
    });

    const anon = callerFor(db, null);
    expect(await anon.invite.inspect({ token })).toMatchObject({
      email: 'new.teacher@example.org',
      purpose: 'invite',
    });
    await expect(anon.invite.accept({ token, password: 'short' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('12 characters'),
    });
    expect(await anon.invite.accept({ token, password: NEW_PASSWORD })).toEqual({
      email: 'new.teacher@example.org',
    });
    await expect(
      anon.invite.accept({ token, password: 'another passphrase!' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('already been used'),
    });
    await expect(anon.invite.inspect({ token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { user } = await anon.auth.login({
      email: 'new.teacher@example.org',
      password: NEW_PASSWORD,
    });
    expect(user).toMatchObject({ role: 'centre_staff', centreId: t.centreA.id });
    const audit = await db
      .selectFrom('audit_events')
      .select('action')
      .where('entity', '=', 'user')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual([
      'user.invited',
      'user.invite_accepted',
    ]);
  });

  it('refuses an expired link', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const invite = await callerFor(db, t.admin).trust.users.invite({
      trustId: t.trust.id,
      user: {
        email: 'late@example.org',
        displayName: 'Lee Late',
        role: 'trust_admin',
        centreId: null,
      },
    });
    expect(invite.path).toMatch(/^\/admin\/accept-invite/);
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);
    const late = callerFor(db, null, { now: () => eightDaysOn });
    await expect(
      late.invite.accept({ token: tokenOf(invite.path), password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('expired'),
    });
    const row = await db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'late@example.org')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });

  it('ends a disabled user’s sessions at once, and a reset link replaces the password', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    let token = '';
    const cookies = {
      set: (v: string) => {
        token = v;
      },
      clear() {},
    };
    await callerFor(db, null, { cookies }).auth.login({
      email: t.staffA.email,
      password: TEST_PASSWORD,
    });
    const ctx = createContextInner({ db });
    expect(await resolveSession(ctx, token)).not.toBeNull();
    const admin = callerFor(db, t.admin);
    await admin.trust.users.disable({ trustId: t.trust.id, userId: t.staffA.id });
    expect(await resolveSession(ctx, token)).toBeNull();
    await expect(
      callerFor(db, null).auth.login({ email: t.staffA.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      admin.trust.users.resetPassword({ trustId: t.trust.id, userId: t.staffA.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await admin.trust.users.enable({ trustId: t.trust.id, userId: t.staffA.id });

    await callerFor(db, null, { cookies }).auth.login({
      email: t.staffA.email,
      password: TEST_PASSWORD,
    });
    const reset = await admin.trust.users.resetPassword({
      trustId: t.trust.id,
      userId: t.staffA.id,
    });
    expect(await resolveSession(ctx, token)).toBeNull();
    await expect(
      callerFor(db, null).auth.login({ email: t.staffA.email, password: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await callerFor(db, null).invite.accept({ token: tokenOf(reset.path), password: NEW_PASSWORD });
    await expect(
      callerFor(db, null).auth.login({ email: t.staffA.email, password: NEW_PASSWORD }),
    ).resolves.toMatchObject({ user: { id: t.staffA.id } });
    await expect(
      admin.trust.users.disable({ trustId: t.trust.id, userId: t.admin.id }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('changes role and centre, ending the old sessions', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin);
    await admin.trust.users.changeAccess({
      trustId: t.trust.id,
      userId: t.staffA.id,
      role: 'centre_admin',
      centreId: t.centreB.id,
    });
    const list = await admin.trust.users.list({ trustId: t.trust.id });
    expect(list.find((u) => u.id === t.staffA.id)).toMatchObject({
      role: 'centre_admin',
      centreId: t.centreB.id,
    });
    await expect(
      admin.trust.users.changeAccess({
        trustId: t.trust.id,
        userId: t.staffA.id,
        role: 'trust_admin',
        centreId: t.centreB.id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lets a centre admin manage only their own centre’s staff', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const head = callerFor(db, t.centreAdminA);
    const staff = await head.centre.staff.list({ centreId: t.centreA.id });
    expect(staff.map((u) => u.id).sort()).toEqual([t.centreAdminA.id, t.staffA.id].sort());
    const invite = await head.centre.staff.invite({
      centreId: t.centreA.id,
      user: { email: 'ta@example.org', displayName: 'Tam Assistant', role: 'centre_staff' },
    });
    expect(invite.path).toMatch(/^\/portal\/accept-invite/);
    await head.centre.staff.changeAccess({
      centreId: t.centreA.id,
      userId: t.staffA.id,
      role: 'centre_admin',
    });
    await head.centre.staff.disable({ centreId: t.centreA.id, userId: t.staffA.id });

    // Another centre's user is not found; another centre is forbidden; staff cannot manage staff.
    await expect(
      head.centre.staff.disable({ centreId: t.centreA.id, userId: t.staffB.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      head.centre.staff.resetPassword({ centreId: t.centreA.id, userId: t.admin.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(head.centre.staff.list({ centreId: t.centreB.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      callerFor(db, t.staffB).centre.staff.invite({
        centreId: t.centreB.id,
        user: { email: 'x@example.org', displayName: 'X Y', role: 'centre_admin' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(head.trust.users.list({ trustId: t.trust.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const b = await db
      .selectFrom('users')
      .select('disabled_at')
      .where('id', '=', t.staffB.id)
      .executeTakeFirstOrThrow();
    expect(b.disabled_at).toBeNull();
  });

  it('answers another trust’s admin with FORBIDDEN or NOT_FOUND and changes nothing', async () => {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const other = await createTenantWithUsers(db, 'Other');
    const otherAdmin = callerFor(db, other.admin);
    await expect(otherAdmin.trust.users.list({ trustId: t.trust.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      otherAdmin.trust.users.disable({ trustId: t.trust.id, userId: t.staffA.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      otherAdmin.trust.users.disable({ trustId: other.trust.id, userId: t.staffA.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      otherAdmin.trust.users.invite({
        trustId: other.trust.id,
        user: {
          email: 'sneak@example.org',
          displayName: 'Sne Ak',
          role: 'centre_staff',
          centreId: t.centreA.id,
        },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      otherAdmin.trust.users.changeAccess({
        trustId: other.trust.id,
        userId: t.staffA.id,
        role: 'centre_admin',
        centreId: other.centreA.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const a = await db
      .selectFrom('users')
      .select(['disabled_at', 'role'])
      .where('id', '=', t.staffA.id)
      .executeTakeFirstOrThrow();
    expect(a).toEqual({ disabled_at: null, role: 'centre_staff' });
    expect(
      await db.selectFrom('users').select('id').where('email', '=', 'sneak@example.org').execute(),
    ).toHaveLength(0);
  });
});
