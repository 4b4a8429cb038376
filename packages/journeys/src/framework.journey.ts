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
} from './harness/index.ts';

// The Advanced tier's Personal Development requirement: "at least N verified hours" is its first part.
const ADVANCED_PD_HOURS = '#fw-tiers-0-requirements-2-rule-of-0-value';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('framework authoring journey', () => {
  it('a trust admin drafts a new National Bacc, raises Advanced PD hours, previews the impact and publishes', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(`${server.url}/admin/`);
    await signIn(page, 'admin@demo.bacc.test');
    await page.getByRole('heading', { name: 'Centres', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Frameworks' }).click();
    await page.getByRole('heading', { name: 'Frameworks', level: 1 }).waitFor();
    const versions = page.getByRole('table', { name: 'Framework versions' });
    await versions.waitFor();
    await expect.poll(() => versions.textContent()).toContain('Published');
    await expectAccessible(w, 'frameworks list');
    await screenshot(page, 'admin-frameworks-list');

    // Start from the demo trust's published version 1.
    await page.getByLabel('A copy of one of your versions').check();
    await expect.poll(() => page.getByLabel('Version to copy').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page
      .getByRole('heading', { name: /National Baccalaureate for England, version 2/, level: 1 })
      .waitFor();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('No problems found');
    await expectAccessible(w, 'framework editor');
    await screenshot(page, 'admin-framework-draft');

    // An invalid draft saves, shows the engine's message beside the field, and cannot be published.
    const component = page.locator('#fw-tiers-0-requirements-0-component');
    await component.selectOption('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: /problem to fix before publishing/ }).waitFor();
    const fieldError = await component.evaluate((el) => el.closest('.field')?.textContent ?? '');
    expect(fieldError).toMatch(/Error:/);
    expect(await page.getByRole('button', { name: 'Publish…' }).isDisabled()).toBe(true);
    await expectAccessible(w, 'framework editor with a problem');
    await screenshot(page, 'admin-framework-invalid');
    await component.selectOption('core_learning');

    const hours = page.locator(ADVANCED_PD_HOURS);
    await hours.scrollIntoViewIfNeeded();
    expect(await hours.inputValue()).toBe('100');
    await hours.fill('120');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('No problems found');
    await expect
      .poll(() => page.getByRole('button', { name: 'Save draft' }).isDisabled())
      .toBe(true);
    await screenshot(page, 'admin-framework-pd-120');

    await page.getByRole('link', { name: 'Impact preview' }).click();
    await page.getByRole('button', { name: 'Preview impact' }).click();
    await page.getByRole('heading', { name: 'What would change' }).waitFor({ timeout: 30_000 });
    const main = await page.locator('main').textContent();
    expect(main).toContain('Decided all');
    expect(main).toMatch(/Advanced/);
    const affected = page.getByRole('table', { name: /Affected learners at/ });
    expect(await affected.count()).toBeGreaterThan(0);
    const firstTable = affected.first();
    expect(await firstTable.textContent()).toContain('Intermediate');
    await expectAccessible(w, 'impact preview');
    await screenshot(page, 'admin-framework-impact');

    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Published');
    await expect.poll(() => page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await screenshot(page, 'admin-framework-published');

    await page.goto(`${server.url}/admin/frameworks/diff`);
    await page.getByRole('heading', { name: /change/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('120');
    await expectAccessible(w, 'framework diff');
    await screenshot(page, 'admin-framework-diff');
    expect(w.problems).toEqual([]);
  }, 120_000);
});
