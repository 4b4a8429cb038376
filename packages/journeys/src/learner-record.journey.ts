import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoLogin,
  expectAccessible,
  launchBrowser,
  openPage,
  type RunningServer,
  screenshot,
  screenshotDir,
  signIn,
  startServer,
  type WatchedPage,
} from './harness/index.ts';

const TIERS = ['No award yet', 'Entry', 'Foundation', 'Intermediate', 'Advanced'];
const STRANDS = ['Leadership & Service', 'Creative & Cultural', 'Physical & Outdoor'];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signInToPortal(w: WatchedPage) {
  await w.page.goto(`${server.url}/portal/`);
  await signIn(w.page, demoLogin(server, 'centre staff'));
  await w.page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
  await w.page.getByRole('table').waitFor();
}

const progress = (page: Page) => page.locator('.progress-panel');
async function liveTier(page: Page) {
  await progress(page).locator('.decision-tier').waitFor();
  return (await progress(page).locator('.decision-tier').textContent())?.trim() ?? '';
}
async function gapNeeds(page: Page) {
  return progress(page).locator('.gap li').allTextContents();
}
const whatIfOutcome = (page: Page) => page.locator('.what-if-outcome');

/** Opens learners from the list until one whose only gap to the next tier is hours. */
async function findLearnerShortOfHours(page: Page) {
  const hrefs: string[] = [];
  for (let listPage = 1; listPage <= 5 && hrefs.length < 120; listPage++) {
    await page.goto(`${server.url}/portal/?page=${listPage}`);
    await page.waitForSelector('table, .state:not(.state-loading)');
    const links = page.getByRole('table').getByRole('link');
    if ((await page.getByRole('table').count()) === 0) break;
    hrefs.push(...(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))));
  }
  for (const href of hrefs) {
    await page.goto(href);
    const tier = await liveTier(page);
    const needs = await gapNeeds(page);
    if (tier !== 'Advanced' && needs.length > 0 && needs.every((n) => /hours/i.test(n)))
      return { href, tier, needs };
  }
  throw new Error(`no learner among ${hrefs.length} is short only of hours`);
}

async function addActivity(page: Page, strand: string, hours: string) {
  await page.getByRole('button', { name: 'Add an activity' }).click();
  const form = page.getByRole('form', { name: 'Add an activity' });
  await form.getByLabel('Strand').selectOption({ label: strand });
  await form.getByLabel('Hours', { exact: true }).fill(hours);
  await form.getByLabel('Description').fill(`Journey ${strand} volunteering`);
  await form.getByLabel('Verified by').fill('Ms Journey');
  await form.getByRole('button', { name: 'Save activity' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('a learner’s record', () => {
  it('opens a learner from the list, tries a what-if that is not saved, then adds verified hours and the tier rises', async () => {
    const w = await openPage(browser);
    await signInToPortal(w);
    // The list links each learner to their record.
    await w.page.getByRole('table').getByRole('link').first().click();
    await w.page.getByRole('heading', { name: 'Progress towards the award', level: 2 }).waitFor();
    expect(w.page.url()).toMatch(/\/portal\/learners\/[0-9a-f-]{36}$/);

    const found = await findLearnerShortOfHours(w.page);
    const before = found.tier;
    await w.page.getByRole('heading', { name: 'Qualifications and results', level: 2 }).waitFor();
    await expectAccessible(w.page, 'learner page');
    await screenshot(w.page, 'learner-record');

    // A what-if: hours in every strand, decided instantly, clearly not saved.
    const whatIf = w.page.getByRole('region', { name: /What if\?/ });
    for (const strand of STRANDS) {
      await whatIf.getByLabel('What to try').selectOption({ label: 'Personal development hours' });
      await whatIf.getByLabel('Strand').selectOption({ label: strand });
      await whatIf.getByLabel('Verified hours').fill('60');
      await whatIf.getByRole('button', { name: 'Add what-if' }).click();
    }
    await expect.poll(() => whatIfOutcome(w.page).textContent()).toContain('the tier would rise');
    const hoped = (await whatIfOutcome(w.page).textContent()) ?? '';
    expect(hoped).toContain('With these what-ifs (not saved)');
    expect(await liveTier(w.page)).toBe(before);
    await expectAccessible(w.page, 'learner what-if');
    await whatIf.screenshot({ path: `${screenshotDir}learner-what-if.png` });
    await screenshot(w.page, 'learner-what-if-page');

    // Reloading shows nothing was saved.
    await w.page.reload();
    expect(await liveTier(w.page)).toBe(before);
    expect(await w.page.getByText('Trying (not saved)').count()).toBe(0);

    // Now add the hours for real: verified, in all three strands.
    for (const strand of STRANDS) await addActivity(w.page, strand, '60');
    await expect
      .poll(async () => TIERS.indexOf(await liveTier(w.page)), { timeout: 15_000 })
      .toBeGreaterThan(TIERS.indexOf(before));
    // The stored server decision agrees with the one worked out in the browser.
    await w.page.reload();
    const after = await liveTier(w.page);
    expect(TIERS.indexOf(after)).toBeGreaterThan(TIERS.indexOf(before));
    expect(await w.page.getByText(/stored decision .* differs/).count()).toBe(0);
    const rows = w.page.getByRole('region', { name: 'Personal development activities' });
    expect(await rows.getByText('Ms Journey').count()).toBe(3);
    await screenshot(w.page, 'learner-record-after-hours');

    // The explanation tree opens by keyboard.
    const firstToggle = progress(w.page).locator('.explain-toggle').first();
    await firstToggle.focus();
    await w.page.keyboard.press('Enter');
    expect(await firstToggle.getAttribute('aria-expanded')).toBe('true');
    expect(w.problems).toEqual([]);
  });

  it('two tabs edit the same learner: the second save gets a conflict with the current values', async () => {
    const w = await openPage(browser);
    await signInToPortal(w);
    const href = await w.page
      .getByRole('table')
      .getByRole('link')
      .nth(3)
      .evaluate((a) => (a as HTMLAnchorElement).href);
    const second = await w.page.context().newPage();
    const problems: string[] = [];
    second.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('409')) problems.push(m.text());
    });
    await w.page.goto(href);
    await second.goto(href);
    for (const p of [w.page, second]) await p.getByRole('heading', { name: 'Details' }).waitFor();

    // Both tabs open the details form on the same version.
    for (const p of [w.page, second]) await p.getByRole('button', { name: 'Edit details' }).click();
    await w.page.getByLabel('Preferred name (optional)').fill('Tab One');
    await w.page.getByRole('button', { name: 'Save details' }).click();
    await w.page.getByRole('button', { name: 'Edit details' }).waitFor();

    await second.getByLabel('Preferred name (optional)').fill('Tab Two');
    await second.getByRole('button', { name: 'Save details' }).click();
    const alert = second.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('(Tab One)');
    await expectAccessible(second, 'learner conflict');
    await screenshot(second, 'learner-conflict');

    // Loading their version shows the current values; nothing was overwritten.
    await second.getByRole('button', { name: 'Load their version' }).click();
    await expect
      .poll(() => second.getByLabel('Preferred name (optional)').inputValue())
      .toBe('Tab One');
    await w.page.reload();
    await w.page.getByRole('heading', { name: 'Details' }).waitFor();
    expect(await w.page.locator('h1').textContent()).toContain('Tab One');

    // The same holds for evidence: an activity edited in both tabs.
    await w.page.reload();
    await second.reload();
    for (const p of [w.page, second])
      await p.getByRole('heading', { name: 'Personal development activities' }).waitFor();
    const region = (p: Page) => p.getByRole('region', { name: 'Personal development activities' });
    if ((await region(w.page).getByRole('button', { name: /^Edit/ }).count()) === 0) {
      await addActivity(w.page, 'Creative & Cultural', '4');
      await second.reload();
    }
    for (const p of [w.page, second])
      await region(p).getByRole('button', { name: /^Edit/ }).first().click();
    const formOf = (p: Page) => p.getByRole('form', { name: 'Edit activity' });
    await formOf(w.page).getByLabel('Hours', { exact: true }).fill('7.5');
    await formOf(w.page).getByRole('button', { name: 'Save activity' }).click();
    await formOf(w.page).waitFor({ state: 'detached' });
    await formOf(second).getByLabel('Hours', { exact: true }).fill('99');
    await formOf(second).getByRole('button', { name: 'Save activity' }).click();
    const activityAlert = formOf(second).getByRole('alert').filter({ hasText: 'Not saved' });
    await activityAlert.waitFor();
    expect(await activityAlert.textContent()).toContain('7.5 hours');
    // Re-applying is an explicit choice, and then it saves on top of the current version.
    await formOf(second).getByRole('button', { name: 'Save my change over theirs' }).click();
    await formOf(second).waitFor({ state: 'detached' });
    await expect.poll(() => region(second).textContent()).toContain('99');
    expect(w.problems.filter((p) => !p.includes('409'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('adds a learner, with per-field errors and a duplicate ULN explained', async () => {
    const w = await openPage(browser);
    await signInToPortal(w);
    const existingUln =
      (
        await w.page.getByRole('table').locator('td.mono, td .mono').first().textContent()
      )?.trim() ?? '';
    await w.page.getByRole('link', { name: 'Add a learner' }).click();
    await w.page.getByRole('heading', { name: 'Add a learner', level: 1 }).waitFor();
    await w.page.getByRole('button', { name: 'Add learner' }).click();
    await w.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(w.page, 'add learner errors');

    await w.page.getByLabel('Legal given name').fill('Journey');
    await w.page.getByLabel('Legal family name').fill('Tester');
    await w.page.getByLabel('Date of birth').fill('2009-05-04');
    await w.page.getByLabel('Leaving year').fill('2026');
    await w.page.getByLabel('ULN (optional)').fill('1234567890');
    await w.page.getByRole('button', { name: 'Add learner' }).click();
    await expect.poll(() => w.page.locator('#learner-uln-error').textContent()).toContain('ULN');

    if (/^\d{10}$/.test(existingUln)) {
      await w.page.getByLabel('ULN (optional)').fill(existingUln);
      await w.page.getByRole('button', { name: 'Add learner' }).click();
      await expect
        .poll(() => w.page.locator('#learner-uln-error').textContent())
        .toContain('already has ULN');
      await w.page.getByText('A ULN belongs to one learner for life').waitFor();
      await screenshot(w.page, 'add-learner-duplicate-uln');
    }
    await w.page.getByLabel('ULN (optional)').fill('');
    await w.page.getByRole('button', { name: 'Add learner' }).click();
    await w.page.getByRole('heading', { name: 'Journey Tester', level: 1 }).waitFor();
    await w.page.getByText('No results yet').waitFor();
    await expectAccessible(w.page, 'new learner record');
    expect(w.problems.filter((p) => !p.includes('409') && !p.includes('400'))).toEqual([]);
  });
});
