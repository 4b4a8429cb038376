import type { Browser, Page } from 'playwright-core';
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
import {
  awardingCentreAdmin,
  demoAwardCode,
  publishComponents,
  reissueAsTrustAdmin,
} from './verify-awards.ts';

let server: RunningServer;
let browser: Browser;
let code: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  code = demoAwardCode(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 320, height: 640 };

/** The sum of unexpected layout shifts so far (Cumulative Layout Shift without user input). */
function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >)
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('checking an award by its code', () => {
  it('answers a QR link with JavaScript off, and the code form works without it too', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: PHONE,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/v/${code.toLowerCase()}`);
      await expect
        .poll(() =>
          page.getByRole('heading', { name: 'This award is genuine and current' }).count(),
        )
        .toBe(1);
      expect(await page.locator('dl.summary-list').innerText()).toMatch(
        /Awarded to[\s\S]*Issued by/,
      );
      // Says why the file check cannot work here (Chromium's script switch keeps <noscript> as text).
      expect(await page.content()).toContain('Checking a file needs JavaScript');
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'verify-no-js-320');
      // axe-core needs script to run; the same markup is checked with it on in the next journey.

      // The form sends the code to the server, which answers the page itself.
      await page.goto(`${server.url}/`);
      await page.getByLabel('Verification code').fill('0000 0000 0000 0000');
      await page.getByLabel('Verification code').press('Enter');
      await page.waitForURL(/\?code=/);
      expect(await page.getByRole('heading', { name: 'No award matches this code' }).count()).toBe(
        1,
      );
      await page.getByLabel('Verification code').fill(code);
      await page.getByRole('button', { name: 'Check code' }).click();
      await page.waitForURL(new RegExp(`code=${code}`));
      expect(
        await page.getByRole('heading', { name: 'This award is genuine and current' }).count(),
      ).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('at 320 px: the rendered answer is taken over without a second lookup or any shift', async () => {
    const w = await openPage(browser, PHONE);
    const lookups: string[] = [];
    w.page.on('request', (r) => {
      if (/verification\.check|\/api\/v1\/verify/.test(r.url())) lookups.push(r.url());
    });
    await w.page.goto(`${server.url}/v/${code}`, { waitUntil: 'networkidle' });
    expect(
      await w.page.getByRole('heading', { name: 'This award is genuine and current' }).count(),
    ).toBe(1);
    // The page is live: typing is formatted as the script does it.
    const field = w.page.getByLabel('Verification code');
    await field.fill('');
    await field.pressSequentially('7k3m9');
    expect(await field.inputValue()).toBe('7K3M-9');
    expect(lookups).toEqual([]);
    expect(await layoutShift(w.page)).toBe(0);
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-answer-320');
    await expectAccessible(w, 'verification answer at 320 px');
  });

  it('by keyboard alone: type a code, press Enter, and hear the answer', async () => {
    const w = await openPage(browser, PHONE);
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    // Skip link, then the product link, then the code field.
    for (let i = 0; i < 10; i++) {
      await w.page.keyboard.press('Tab');
      if (await w.page.evaluate(() => document.activeElement?.id === 'verification-code')) break;
    }
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('verification-code');
    await w.page.keyboard.type(code.replace(/-/g, ' ').toLowerCase());
    await w.page.keyboard.press('Enter');
    const heading = w.page.getByRole('heading', { name: 'This award is genuine and current' });
    await heading.waitFor();
    // Focus moves to the answer, so a screen reader reads it out.
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-typed-320');
    await expectAccessible(w, 'verification answer after typing a code');

    await w.page.getByLabel('Verification code').fill('7K3M-9QXD-2HWP-4TNU');
    await w.page.getByRole('button', { name: 'Check code' }).click();
    expect(await w.page.getByText('not “U”').count()).toBeGreaterThan(0);
    await expectAccessible(w, 'verification code with a mistake');
  });

  it('shows the component breakdown once the centre publishes it for that learner', async () => {
    const award = await publishComponents(server, 1);
    const w = await openPage(browser, PHONE);
    await w.page.goto(`${server.url}/v/${award.verificationCode}`, { waitUntil: 'networkidle' });
    await w.page.getByRole('heading', { name: 'Components' }).waitFor();
    const items = await w.page.locator('.component-list li').allInnerTexts();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => /\b(Met|Not met)\b/.test(item))).toBe(true);
    expect(await horizontalOverflow(w.page)).toBe(0);
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-components-320');
    await expectAccessible(w, 'award with its components');
  });

  it('a replaced award says so and links to the current one', async () => {
    const current = await reissueAsTrustAdmin(server, code, 'Name changed by deed poll');
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/v/${code}`, { waitUntil: 'networkidle' });
    expect(
      await w.page
        .getByRole('heading', { name: 'This award has been replaced by a newer one' })
        .count(),
    ).toBe(1);
    expect(await w.page.getByText('Name changed by deed poll').count()).toBe(1);
    await screenshot(w.page, 'verify-superseded');
    await expectAccessible(w, 'replaced award');
    await w.page.getByRole('link', { name: /check the current award/ }).click();
    await w.page.waitForURL(`${server.url}/v/${current}`);
    await w.page.getByRole('heading', { name: 'This award is genuine and current' }).waitFor();
    expect(w.problems).toEqual([]);
  });

  it('the centre sees each lookup in its activity log, with nothing about who checked', async () => {
    // Someone checks the award through the API.
    const res = await fetch(`${server.url}/api/v1/verify/${code}`, {
      headers: { 'user-agent': 'EmployerBot/1.0' },
    });
    expect(res.status).toBe(200);
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/portal/`);
    await signIn(w, await awardingCentreAdmin(server));
    await w.page.getByRole('heading', { name: 'Sign in' }).waitFor({ state: 'detached' });
    await w.page.goto(`${server.url}/portal/activity?action=award.verified`);
    const rows = w.page.getByRole('row').filter({ hasText: 'Award verified' });
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const text = await w.page.locator('main').innerText();
    expect(text).not.toMatch(/127\.0\.0\.1|EmployerBot|HeadlessChrome|Mozilla/);
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-activity-log');
    await expectAccessible(w, 'activity log of verification lookups');
  });
});
