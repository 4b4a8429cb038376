import type { Browser, Page } from 'playwright-core';
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
  type WatchedPage,
} from './harness/index.ts';

let server: RunningServer;
let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  w = await openPage(browser);
  await w.page.setViewportSize({ width: 1280, height: 900 });
  const email = demoLogin(server, 'centre admin');
  await w.page.goto(`${server.url}/portal/`);
  await signIn(w.page, email);
  await w.page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const main = (page: Page) => page.getByRole('main');

describe('cohort journeys', () => {
  it('opens the dashboard: charts drawn, numbers present, accessible', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Cohort dashboard', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Leavers in \d{4}/, level: 2 }).waitFor();
    await page.locator('.bar-chart-drawing svg .recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.bar-chart').count()).toBe(2);
    // Each chart's numbers are in a table for screen readers, one row per bar.
    const tierTable = page.getByRole('table', { name: /by tier reached/ });
    expect(await tierTable.getByRole('row').count()).toBe(6); // header + no award + four tiers
    const learners = await page
      .locator('.stat', { hasText: 'Learners' })
      .locator('dd')
      .textContent();
    expect(Number(learners?.replace(/,/g, ''))).toBeGreaterThan(0);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'cohort-dashboard');
  });

  it('follows a "closest to the next tier" link into the filtered learners list', async () => {
    const { page } = w;
    const first = page.locator('.closest-item').first();
    const link = first.getByRole('link', { name: /^All at .+ still needing / });
    const linkText = (await link.textContent()) ?? '';
    const learnerName = ((await first.locator('.closest-name a').textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('tier')).toBeTruthy();
    expect(url.searchParams.get('missing')).toBeTruthy();
    expect(url.searchParams.get('year')).toMatch(/^\d{4}$/);
    await page.getByRole('table').waitFor();
    // The filters show what was followed, and the learner is in the list.
    const still = linkText.replace(/^All at .+ still needing /, '');
    expect(await page.getByLabel('Still needs').locator('option:checked').textContent()).toBe(
      still,
    );
    await expect.poll(async () => (await main(page).textContent()) ?? '').toContain(learnerName);
    await expectAccessible(page, 'filtered learners');
    await screenshot(page, 'cohort-filtered-learners');
  });

  it('records a destination for a leaver with none', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Destinations' }).click();
    await page.getByRole('heading', { name: 'Destinations', level: 1 }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'no known destination' });
    await status.waitFor();
    const before = Number(
      (await status.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''),
    );
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page, 'destinations');
    await screenshot(page, 'cohort-destinations');

    await page
      .getByRole('link', { name: /^Record destination for / })
      .first()
      .click();
    await page.getByRole('heading', { name: /^Destinations: /, level: 1 }).waitFor();
    const atLeaving = page.locator('section.card', { hasText: 'At leaving' }).first();
    await atLeaving.getByLabel('Where did they go?').selectOption('education');
    await atLeaving.getByLabel('Provider or employer').fill('Leeds City College');
    await atLeaving.getByLabel('Sustained?').selectOption('yes');
    await atLeaving.getByRole('button', { name: 'Save at leaving' }).click();
    await atLeaving.getByText('Destination saved').waitFor();
    await expectAccessible(page, 'learner destinations');
    await screenshot(page, 'cohort-destination-saved');

    await page.getByRole('link', { name: 'Back to leavers with no known destination' }).click();
    await expect
      .poll(async () =>
        Number(
          (await page.getByRole('status').filter({ hasText: 'no known destination' }).textContent())
            ?.match(/of ([\d,]+)/)?.[1]
            ?.replace(/,/g, ''),
        ),
      )
      .toBe(before - 1);
  });

  it('submits chosen learners as the centre admin and sees them locked', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: /Leavers in \d{4}/, level: 2 }).waitFor();
    await page
      .getByRole('link', { name: /^Submit learners in the \d{4} cohort for award$/ })
      .click();
    await page
      .getByRole('heading', { name: /^Submit the \d{4} cohort for award$/, level: 1 })
      .waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page, 'submit');
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(1);
    const names: string[] = [];
    for (const i of [0, 1]) {
      const box = boxes.nth(i);
      names.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Choose /, ''));
      await box.check();
    }
    await page.getByRole('button', { name: 'Submit 2 chosen learners' }).click();
    await page.getByText('2 learners were submitted').waitFor();
    for (const name of names) {
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect.poll(() => row.textContent()).toContain('Submitted: locked');
    }
    await screenshot(page, 'cohort-submitted');

    // The cohort shows the submission waiting for the trust, and the learners list marks them.
    await page.getByRole('link', { name: /^Back to the \d{4} dashboard$/ }).click();
    await page.getByText('Waiting for the trust').first().waitFor();
    await page.getByRole('link', { name: 'Learners', exact: true }).click();
    await page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
    // Search by family name: the list shows a preferred name where there is one.
    await page.getByLabel('Search learners').fill(names[0]!.split(' ').pop()!);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.url()).toContain('q=');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: names[0]!, exact: true }) });
    await screenshot(page, 'cohort-learner-locked');
    await expect.poll(() => row.textContent()).toContain('Waiting for the trust');
    await screenshot(page, 'cohort-learner-locked');
    expect(w.problems).toEqual([]);
  });

  it('shows the cohorts and, to the centre admin, the activity log with what changed', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Cohorts', exact: true }).click();
    await page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
    await page.getByRole('table').getByText('Waiting for the trust').first().waitFor();
    await expectAccessible(page, 'cohorts');
    await screenshot(page, 'cohort-cohorts');

    await page.getByRole('link', { name: 'Activity log' }).click();
    await page.getByRole('heading', { name: 'Activity log', level: 1 }).waitFor();
    await page.getByRole('table').waitFor();
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('Destination created');
    expect(await table.textContent()).toContain('Leeds City College');
    await page.getByLabel('Action').selectOption('learner.submitted');
    await expect.poll(() => page.url()).toContain('action=learner.submitted');
    await expect.poll(() => table.getByRole('row').count()).toBe(3); // header + two learners
    await expectAccessible(page, 'activity log');
    await screenshot(page, 'cohort-activity-log');
    expect(w.problems).toEqual([]);
  });
});
