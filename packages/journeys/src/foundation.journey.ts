import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoLogin,
  expectAccessible,
  launchBrowser,
  openPage,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
} from './harness/index.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('foundation journeys', () => {
  it('prints every URL and the demo sign-ins at start', () => {
    const out = server.output();
    expect(out).toContain(`${server.url}/admin/`);
    expect(out).toContain(`${server.url}/portal/`);
    expect(out).toContain('admin@demo.bacc.test');
    expect(out).toContain(DEMO_PASSWORD);
  });

  it('a trust admin signs in, sees the trust’s centres from the API, and signs out', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/admin/`);
    await expect
      .poll(() => w.page.getByRole('heading', { name: 'Sign in', level: 1 }).isVisible())
      .toBe(true);
    await expectAccessible(w, 'admin sign-in');

    await w.page.getByLabel('Email address').fill('admin@demo.bacc.test');
    await w.page.getByLabel('Password').fill('not the password');
    await w.page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => w.page.getByRole('alert').textContent())
      .toContain('Email or password is incorrect.');
    await screenshot(w.page, 'admin-sign-in-error');

    await signIn(w, 'admin@demo.bacc.test');
    await w.page.getByRole('heading', { name: 'Centres', level: 1 }).waitFor();
    const table = w.page.getByRole('table');
    await table.waitFor();
    const rows = await table.getByRole('row').count();
    expect(rows).toBe(4); // header + the demo trust's three centres
    await expect.poll(() => w.page.textContent('main')).toMatch(/330|Learners/);
    await expectAccessible(w, 'admin centres');
    await screenshot(w.page, 'admin-centres');

    await w.page.getByLabel('Search centres').fill('college');
    await w.page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    await w.page.getByRole('button', { name: 'Sign out' }).click();
    await w.page.getByText('You have signed out.').waitFor();
    await w.page.reload();
    await w.page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(w.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('centre staff sign in to the portal, see their learners, search and page, and sign out', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/portal/`);
    await signIn(w, demoLogin(server, 'centre staff'));
    await w.page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
    const table = w.page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(26); // header + 25 a page
    await expectAccessible(w, 'portal learners');
    await screenshot(w.page, 'portal-learners');

    await w.page
      .getByRole('navigation', { name: 'Learner pages' })
      .getByRole('link', { name: /Next/ })
      .click();
    await expect.poll(() => w.page.url()).toContain('page=2');

    const firstFamilyName =
      (await table.getByRole('row').nth(1).getByRole('cell').first().textContent())
        ?.trim()
        .split(/\s+/)
        .pop() ?? '';
    await w.page.getByLabel('Search learners').fill(firstFamilyName);
    await w.page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => w.page.url()).toContain('q=');
    await expect.poll(async () => (await table.textContent()) ?? '').toContain(firstFamilyName);

    await w.page.getByRole('button', { name: 'Sign out' }).click();
    await w.page.getByText('You have signed out.').waitFor();
    expect(w.problems).toEqual([]);
  });

  it('the verify page checks a code and answers neutrally, at 320 px wide', async () => {
    const w = await openPage(browser, { width: 320, height: 640 });
    await w.page.goto(`${server.url}/`);
    await w.page.getByRole('heading', { name: 'Check a Bacc award', level: 1 }).waitFor();
    await expectAccessible(w, 'verify');
    await w.page.getByLabel('Verification code').fill('7k3m 9qxd 2hwp 4tnb');
    await w.page.getByRole('button', { name: 'Check code' }).click();
    await w.page.getByRole('heading', { name: 'No award matches this code' }).waitFor();
    const scrollWidth = await w.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(w, 'verify result');
    await screenshot(w.page, 'verify-not-found');
    expect(w.problems).toEqual([]);
  });
});
