import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  openPage,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
  type WatchedPage,
} from './harness/index.ts';

const NEW_PASSWORD = 'moorside centre head 2026';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const h1 = (w: WatchedPage, name: string | RegExp) =>
  w.page.getByRole('heading', { name, level: 1 }).waitFor();

describe('centres, accreditation, users and the catalogue', () => {
  it('adds a centre, invites its head, who applies; the trust accredits it', async () => {
    const admin = await openPage(browser);
    await admin.page.goto(`${server.url}/admin/`);
    await signIn(admin, 'admin@demo.bacc.test');
    await h1(admin, 'Centres');

    // Add a centre.
    await admin.page.getByRole('link', { name: 'Add a centre' }).click();
    await h1(admin, 'Add a centre');
    await expectAccessible(admin, 'add a centre');
    await admin.page.getByLabel('URN').fill('12345');
    await admin.page.getByLabel('Name', { exact: true }).fill('Moorside Academy');
    await admin.page.getByRole('button', { name: 'Add centre' }).click();
    await admin.page.getByRole('alert').getByText('6-digit').first().waitFor();
    await admin.page.getByLabel('URN').fill('987654');
    await admin.page.getByLabel('Town').fill('Otley');
    await admin.page.getByRole('button', { name: 'Add centre' }).click();
    await h1(admin, 'Moorside Academy');
    await admin.page.getByText('Not applied', { exact: true }).waitFor();
    await expectAccessible(admin, 'new centre');

    // Invite its head as centre admin; the link is shown to pass on.
    await admin.page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await h1(admin, 'Users');
    await admin.page.getByLabel('Name', { exact: true }).fill('Morag Head');
    await admin.page.getByLabel('Email address').fill('head@moorside.example.org');
    await admin.page.getByLabel('Role', { exact: true }).selectOption('centre_admin');
    await admin.page
      .getByLabel('Centre', { exact: true })
      .selectOption({ label: 'Moorside Academy' });
    await admin.page.getByRole('button', { name: 'Create invitation link' }).click();
    const linkBox = admin.page.getByLabel('Link to pass on');
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/portal\/accept-invite\?token=/);
    await admin.page.getByRole('cell', { name: 'head@moorside.example.org' }).waitFor();
    await expectAccessible(admin, 'users with invite link');
    await screenshot(admin.page, 'admin-users-invite');

    // The head accepts in a fresh browser, sets a password, signs in and applies.
    const head = await openPage(browser);
    await head.page.goto(link);
    await h1(head, 'Set up your account');
    await expectAccessible(head, 'accept invite');
    await screenshot(head.page, 'portal-accept-invite');
    await head.page.getByLabel('New password').fill(NEW_PASSWORD);
    await head.page.getByLabel('Type it again').fill(NEW_PASSWORD);
    await head.page.getByRole('button', { name: 'Set password' }).click();
    await h1(head, 'Your password is set');
    await head.page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(head, 'head@moorside.example.org', NEW_PASSWORD);
    await h1(head, 'Learners');
    // The link works once.
    const again = await openPage(browser);
    await again.page.goto(link);
    await again.page.getByText('expired or has already been used').waitFor();

    // The head manages their own centre's staff.
    await head.page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
    await h1(head, 'Staff');
    await head.page.getByRole('cell', { name: 'You' }).waitFor();
    await head.page.getByLabel('Name', { exact: true }).fill('Sam Teacher');
    await head.page.getByLabel('Email address').fill('sam@moorside.example.org');
    await head.page.getByRole('button', { name: 'Create invitation link' }).click();
    expect(await head.page.getByLabel('Link to pass on').inputValue()).toMatch(
      /\/portal\/accept-invite\?token=/,
    );
    await head.page.getByRole('cell', { name: 'sam@moorside.example.org' }).waitFor();
    await expectAccessible(head, 'portal staff');
    await head.page.getByRole('button', { name: 'Disable Sam Teacher' }).click();
    await head.page.getByRole('button', { name: 'Yes, disable' }).click();
    await head.page
      .getByRole('row', { name: /Sam Teacher/ })
      .getByText('Disabled', { exact: true })
      .waitFor();
    await screenshot(head.page, 'portal-staff');

    await head.page.getByRole('navigation').getByRole('link', { name: 'Accreditation' }).click();
    await h1(head, 'Accreditation');
    await head.page.getByLabel('Programme title').fill('Moorside Baccalaureate');
    await head.page
      .getByLabel('Describe your Bacc programme')
      .fill('A levels and T Levels, an EPQ for all, and 150 hours of personal development.');
    const advancedHours = head.page.getByLabel(
      'Your value for Advanced: Personal Development Programme: verified Personal Development Programme hours',
    );
    await advancedHours.fill('60');
    await head.page.getByRole('button', { name: 'Check against the national framework' }).click();
    await head.page.getByText('The programme does not conform').waitFor();
    await advancedHours.fill('150');
    await head.page.getByRole('button', { name: 'Check against the national framework' }).click();
    await head.page.getByText('The programme conforms to the national framework').waitFor();
    await expectAccessible(head, 'accreditation application');
    await head.page.getByRole('button', { name: 'Apply for accreditation' }).click();
    await head.page.getByText('Applied: the trust is reviewing it').waitFor();
    await screenshot(head.page, 'portal-accreditation-applied');

    // The trust reviews the application and accredits the centre.
    await admin.page.getByRole('navigation').getByRole('link', { name: 'Accreditation' }).click();
    await h1(admin, 'Accreditation');
    await admin.page.getByRole('link', { name: 'Moorside Academy' }).click();
    await h1(admin, 'Moorside Academy');
    await admin.page.getByText('Stricter', { exact: true }).waitFor();
    await expectAccessible(admin, 'accreditation review');
    await screenshot(admin.page, 'admin-accreditation-review');
    await admin.page.getByLabel('Decision').selectOption('accredit');
    await admin.page.getByRole('button', { name: 'Accredit' }).click();
    await admin.page.getByText('Saved: Accredited.').waitFor();
    await admin.page.getByRole('cell', { name: 'Accredit', exact: true }).waitFor();
    await screenshot(admin.page, 'admin-accreditation-accredited');

    await head.page.reload();
    await head.page
      .getByText(/^Accredited/)
      .first()
      .waitFor();
    for (const w of [admin, head, again])
      expect(w.problems.filter((p) => !/\b(401|404)\b/.test(p))).toEqual([]);
  });

  it('adds a qualification to the catalogue and shows the UCAS Tariff', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/admin/qualifications`);
    await signIn(w, 'admin@demo.bacc.test');
    await h1(w, 'Qualifications');
    await w.page.getByRole('table').waitFor();
    await expectAccessible(w, 'qualifications');
    await screenshot(w.page, 'admin-qualifications');

    await w.page.getByRole('link', { name: 'Add a qualification' }).click();
    await h1(w, 'Add a qualification');
    await w.page.getByLabel('Title').fill('A level Geology');
    await w.page.getByLabel('Qualification number (QN)').fill('601/4590/X');
    await w.page.getByLabel('Type').fill('a_level');
    await w.page.getByLabel('Subject').fill('geology');
    await w.page.getByLabel('Guided learning hours (GLH)').fill('360');
    await w.page.getByLabel('Size in A levels').fill('1');
    await w.page.getByLabel('Grade scale').selectOption('a_level');
    await expectAccessible(w, 'add a qualification');
    await w.page.getByRole('button', { name: 'Add qualification' }).click();
    await h1(w, 'A level Geology');
    await w.page.getByText('Version 1.').waitFor();

    await w.page.getByRole('link', { name: 'Qualifications' }).first().click();
    await w.page.getByLabel('Search qualifications').fill('geology');
    await w.page.getByRole('button', { name: 'Search', exact: true }).click();
    await w.page.getByRole('link', { name: 'A level Geology' }).waitFor();

    await w.page.goto(`${server.url}/admin/qualifications/scales`);
    await h1(w, 'Grade scales and points');
    await w.page.getByRole('rowheader', { name: 'UCAS Tariff' }).first().waitFor();
    // The A level row of the Tariff runs E 16 … A* 56; T Level Distinction* is 168.
    await expect
      .poll(async () =>
        (await w.page.getByRole('row', { name: /^UCAS Tariff/ }).allTextContents()).join('|'),
      )
      .toContain('16243240485');
    expect(await w.page.textContent('main')).toContain('168');
    await expectAccessible(w, 'grade scales');
    await screenshot(w.page, 'admin-grade-scales');
    expect(w.problems).toEqual([]);
  });
});
