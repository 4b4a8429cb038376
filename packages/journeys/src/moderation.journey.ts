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

/**
 * Submits some ready learners of the signed-in centre admin's centre through the API, as the
 * portal's submit page does: same origin, the session cookie, JSON (superjson envelope).
 */
function submitReadyLearners(page: Page, howMany: number) {
  return page.evaluate(async (n) => {
    const call = async (path: string, input: unknown, method: 'GET' | 'POST') => {
      const body = JSON.stringify({ json: input });
      const res =
        method === 'GET'
          ? await fetch(`/trpc/${path}?input=${encodeURIComponent(body)}`)
          : await fetch(`/trpc/${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
      const json = await res.json();
      if (!res.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
      return json.result.data.json;
    };
    const me = await call('auth.me', undefined, 'GET');
    for (const leavingYear of [2025, 2026, 2027]) {
      const candidates: Array<{ id: string; ready: boolean }> = await call(
        'centre.submissions.candidates',
        { centreId: me.centreId, leavingYear },
        'GET',
      ).catch(() => []);
      const ready = candidates.filter((c) => c.ready).slice(0, n);
      if (ready.length === 0) continue;
      // Where three other leavers went, so analytics has destinations to count by tier.
      const kinds = ['education', 'employment', 'neet'] as const;
      const others = candidates.filter((c) => !ready.includes(c)).slice(0, kinds.length);
      for (const [i, other] of others.entries())
        await call(
          'centre.destinations.record',
          {
            centreId: me.centreId,
            learnerId: other.id,
            checkpoint: 'six_months',
            version: null,
            destination: {
              kind: kinds[i],
              provider: null,
              sustained: kinds[i] === 'neet' ? null : true,
              // Six months on, or today if that is still to come.
              recordedOn: new Date(Math.min(Date.parse(`${leavingYear + 1}-03-01`), Date.now()))
                .toISOString()
                .slice(0, 10),
              notes: null,
            },
          },
          'POST',
        );
      const created = await call(
        'centre.submissions.create',
        { centreId: me.centreId, leavingYear, learnerIds: ready.map((c) => c.id) },
        'POST',
      );
      return {
        centreName: me.centreName as string,
        leavingYear,
        count: ready.length,
        id: created.id,
        destinations: others.length,
      };
    }
    throw new Error('no ready learners to submit');
  }, howMany);
}

describe('moderation, analytics and the audit log', () => {
  it('a centre submits; the trust samples, inspects and approves; reads analytics and the audit log', async () => {
    // The centre admin submits a dozen ready learners.
    const centre = await openPage(browser);
    await centre.page.goto(`${server.url}/portal/`);
    await signIn(centre, demoLogin(server, 'centre admin'));
    await centre.page.getByRole('button', { name: 'Sign out' }).waitFor();
    const submitted = await submitReadyLearners(centre.page, 12);
    expect(submitted.count).toBeGreaterThan(0);

    // The trust admin finds it in the moderation queue.
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/admin/`);
    await signIn(w, 'admin@demo.bacc.test');
    await w.page.getByRole('heading', { name: 'Centres', level: 1 }).waitFor();
    await w.page.getByRole('link', { name: 'Moderation' }).click();
    await w.page.getByRole('heading', { name: 'Moderation', level: 1 }).waitFor();
    const queue = w.page.getByRole('table');
    await queue.waitFor();
    await expect.poll(() => queue.textContent()).toContain(submitted.centreName);
    await expectAccessible(w, 'moderation queue');
    await screenshot(w.page, 'admin-moderation-queue');

    await queue
      .getByRole('link', { name: new RegExp(submitted.centreName) })
      .first()
      .click();
    await w.page
      .getByRole('heading', {
        name: `${submitted.centreName}: leavers of ${submitted.leavingYear}`,
        level: 1,
      })
      .waitFor();
    const all = w.page.getByRole('table', { name: /Learners submitted by/ });
    await all.waitFor();
    expect(await all.getByRole('row').count()).toBe(submitted.count + 1);

    // A seeded, stratified sample: the same seed draws the same learners.
    await w.page.getByLabel('How many learners').fill('4');
    await w.page.getByLabel('Seed').fill('20261122');
    await w.page.getByRole('button', { name: 'Draw sample' }).click();
    const sample = w.page.getByRole('table', { name: /Sample of 4/ });
    await sample.waitFor();
    await expect.poll(() => w.page.url()).toContain('seed=20261122');
    const firstDraw = await sample.textContent();
    await w.page.reload();
    await w.page.getByRole('table', { name: /Sample of 4/ }).waitFor();
    expect(await w.page.getByRole('table', { name: /Sample of 4/ }).textContent()).toBe(firstDraw);
    await expectAccessible(w, 'submission with sample');
    await screenshot(w.page, 'admin-moderation-submission');

    // Inspect a sampled learner, read-only.
    await w.page
      .getByRole('table', { name: /Sample of 4/ })
      .getByRole('link')
      .first()
      .click();
    await w.page.getByRole('heading', { name: 'Why this decision' }).waitFor();
    await w.page.getByRole('heading', { name: 'Evidence' }).waitFor();
    await w.page.getByRole('table', { name: 'Results' }).waitFor();
    expect(await w.page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(w, 'learner inspection');
    await screenshot(w.page, 'admin-moderation-learner');
    await w.page.getByRole('link', { name: 'Back to the submission' }).click();
    // Back where we were: the same sample, still drawn.
    await w.page.getByRole('table', { name: /Sample of 4/ }).waitFor();
    expect(await w.page.getByRole('table', { name: /Sample of 4/ }).textContent()).toBe(firstDraw);

    // Returning needs a comment; then approve.
    await w.page.getByRole('button', { name: 'Return to the centre' }).click();
    await w.page
      .getByText('Write a comment telling the centre what to put right')
      .first()
      .waitFor();
    await w.page.getByRole('button', { name: 'Approve for award' }).click();
    await w.page.getByText('Decision recorded').waitFor();
    await expect.poll(() => w.page.textContent('main')).toContain('Approved for award');
    await screenshot(w.page, 'admin-moderation-approved');

    // Analytics: charts and the same numbers in tables.
    await w.page.getByRole('link', { name: 'Analytics' }).click();
    await w.page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    const byTier = w.page.getByRole('table', { name: 'Learners by tier' });
    await byTier.waitFor();
    expect(await w.page.locator('.chart-canvas svg.recharts-surface').count()).toBeGreaterThan(2);
    const tierCounts = await byTier.locator('tbody tr td:nth-child(2)').allTextContents();
    const total = tierCounts.reduce((n, t) => n + Number(t.replace(/,/g, '')), 0);
    await expect
      .poll(() => w.page.locator('dl[aria-label="Totals in this view"]').textContent())
      .toContain(total.toLocaleString('en-GB'));
    await w.page.getByText('No demographic data is recorded').waitFor();
    // The CSV holds the table's own figures (read from the Blob the button hands to the browser).
    await w.page.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        (window as unknown as { lastCsv: Promise<string> }).lastCsv = blob.text();
        return original(blob);
      };
    });
    await w.page.getByRole('button', { name: /^Download CSV\W+Learners by tier$/ }).click();
    const csv = (
      await w.page.evaluate(() => (window as unknown as { lastCsv: Promise<string> }).lastCsv)
    ).replace(/^\uFEFF/, '');
    const csvRows = csv.trim().split('\r\n');
    expect(csvRows[0]).toBe('Tier,Learners,Share (%)');
    expect(csvRows.slice(1).reduce((n, line) => n + Number(line.split(',')[1]), 0)).toBe(total);
    const destinations = w.page.getByRole('table', { name: 'Destinations by tier' });
    const recorded = await destinations.locator('tbody tr td:nth-child(2)').allTextContents();
    // At least the three just recorded (the demo data may hold more).
    expect(recorded.reduce((n, t) => n + Number(t), 0)).toBeGreaterThanOrEqual(
      submitted.destinations,
    );
    await expectAccessible(w, 'analytics');
    await screenshot(w.page, 'admin-analytics');
    await w.page
      .getByLabel('Centre', { exact: true })
      .selectOption({ label: submitted.centreName });
    await w.page
      .getByRole('table', { name: `Learners by tier: ${submitted.centreName} and the trust` })
      .waitFor();
    await expectAccessible(w, 'analytics for a centre');
    await screenshot(w.page, 'admin-analytics-centre');

    // Audit log: the approval, found by filtering.
    await w.page.getByRole('link', { name: 'Audit log' }).click();
    await w.page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await w.page.getByRole('table', { name: 'Audit events' }).waitFor();
    await w.page.getByLabel('Action', { exact: true }).selectOption('submission.approved');
    await w.page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => w.page.url()).toContain('action=submission.approved');
    const events = w.page.getByRole('table', { name: 'Audit events' });
    // A header row, the demo's own earlier approval, and this one.
    await expect.poll(() => events.getByRole('row').count()).toBe(3);
    expect(await events.textContent()).toContain('approved');
    await expectAccessible(w, 'audit log filtered');
    await screenshot(w.page, 'admin-audit-log');

    expect(centre.problems.filter((p) => !p.includes('401'))).toEqual([]);
    expect(w.problems.filter((p) => !p.includes('401'))).toEqual([]);
  }, 240_000);
});
