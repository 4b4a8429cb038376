import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

describe('data protection', () => {
  it('a centre admin downloads everything held about a learner, then erases them', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(`${server.url}/portal/`);
    await signIn(page, demoLogin(server, 'centre admin'));
    await page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    const panel = page.getByRole('region', { name: 'Data protection' });
    await panel.waitFor();
    const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download everything held (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('bacc.subject-access/1');
    expect(exported.learner.id).toBe(page.url().split('/').at(-1));
    expect(exported.results.length).toBeGreaterThan(0);

    await panel.getByRole('button', { name: 'Erase this learner…' }).click();
    const dialog = page.getByRole('dialog');
    const legalName = (await dialog.getByRole('heading').textContent())!
      .replace(/^Erase /, '')
      .replace(/\?$/, '');
    await dialog.getByLabel('Type the learner’s name to confirm').fill('Not The Name');
    await dialog.getByLabel('Reason for erasing').fill('Parent’s written request');
    await expectAccessible(w, 'erase dialog');
    await screenshot(page, 'data-protection-erase-dialog');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'exactly as shown' }).waitFor();

    await dialog.getByLabel('Type the learner’s name to confirm').fill(legalName);
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
    await page.goto(`${server.url}/portal/?q=${encodeURIComponent(legalName.split(' ').at(-1)!)}`);
    await page.waitForSelector('table, .state:not(.state-loading)');
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
    // The one refusal we provoked (the wrong name) is logged by the browser as a 400; nothing else.
    expect(w.problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('a trust admin sets how long leavers’ records are kept and sees what is due', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(`${server.url}/admin/`);
    await signIn(page, 'admin@demo.bacc.test');
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Data protection', level: 1 }).waitFor();
    await page.getByText('nothing is due').waitFor();
    await page
      .getByLabel('How long to keep a leaver’s record')
      .selectOption({ label: '1 whole year after leaving' });
    await page.getByRole('button', { name: 'Save setting' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByText(/Leavers of \d{4} and before are past the 1 year kept/).waitFor();
    await expectAccessible(w, 'data protection settings');
    await screenshot(page, 'data-protection-retention');
    expect(w.problems).toEqual([]);
  });
});
