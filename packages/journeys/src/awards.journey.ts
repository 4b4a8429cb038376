import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { allElements, elementText, readPdf } from '@bacc/certificates/testing';
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

/** Submits every ready learner of one leaving year, as the portal's submit page does. */
function submitReadyCohort(page: Page) {
  return page.evaluate(async () => {
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
    for (const leavingYear of [2026, 2025, 2027]) {
      const candidates: Array<{ id: string; ready: boolean }> = await call(
        'centre.submissions.candidates',
        { centreId: me.centreId, leavingYear },
        'GET',
      ).catch(() => []);
      const ready = candidates.filter((c) => c.ready).slice(0, 8);
      if (ready.length === 0) continue;
      await call(
        'centre.submissions.create',
        { centreId: me.centreId, leavingYear, learnerIds: ready.map((c) => c.id) },
        'POST',
      );
      return { centreName: me.centreName as string, leavingYear, count: ready.length };
    }
    throw new Error('no ready learners to submit');
  });
}

/** Clicks `button` and returns the bytes of the file the page hands to the browser. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('awards: approve, download, verify, revoke', () => {
  it('a cohort is approved; staff download a certificate; a stranger sees it valid, then revoked', async () => {
    // The centre admin submits a cohort of ready learners.
    const centre = await openPage(browser);
    await centre.page.goto(`${server.url}/portal/`);
    await signIn(centre, demoLogin(server, 'centre admin'));
    await centre.page.getByRole('button', { name: 'Sign out' }).waitFor();
    const submitted = await submitReadyCohort(centre.page);

    // The trust admin approves it: awards are issued.
    const admin = await openPage(browser);
    await admin.page.goto(`${server.url}/admin/`);
    await signIn(admin, 'admin@demo.bacc.test');
    await admin.page.getByRole('heading', { name: 'Centres', level: 1 }).waitFor();
    await admin.page.getByRole('link', { name: 'Moderation' }).click();
    const queue = admin.page.getByRole('table');
    await queue.waitFor();
    await queue
      .getByRole('link', { name: new RegExp(submitted.centreName) })
      .first()
      .click();
    await admin.page.getByRole('button', { name: 'Approve for award' }).click();
    await admin.page.getByText('Decision recorded').waitFor();

    // The admin's Awards screen lists them, filterable by centre and status.
    await admin.page.getByRole('link', { name: 'Awards' }).click();
    await admin.page.getByRole('heading', { name: 'Awards', level: 1 }).waitFor();
    await admin.page
      .getByLabel('Centre', { exact: true })
      .selectOption({ label: submitted.centreName });
    await admin.page.getByLabel('Status', { exact: true }).selectOption('valid');
    await admin.page.getByRole('button', { name: 'Apply filters' }).click();
    const awards = admin.page.getByRole('table', { name: 'Awards' });
    // Newest first; the demo data may hold earlier awards of this centre too.
    await expect.poll(() => awards.getByRole('row').count()).toBeGreaterThan(submitted.count);
    await expect.poll(() => admin.page.url()).toContain('status=valid');
    expect(new Set(await awards.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(
      new Set([submitted.centreName]),
    );
    await expectAccessible(admin, 'admin awards list');
    await screenshot(admin.page, 'awards-admin-list');

    // Centre staff open an awarded learner and download the certificate.
    const learnerName = (await awards.getByRole('rowheader').first().textContent())?.trim() ?? '';
    expect(learnerName).not.toBe('');
    const learnerId = await centre.page.evaluate(async (name) => {
      const me = (await (await fetch('/trpc/auth.me')).json()).result.data.json;
      const input = encodeURIComponent(
        JSON.stringify({ json: { centreId: me.centreId, search: name, pageSize: 5 } }),
      );
      const list = (await (await fetch(`/trpc/centre.awards.list?input=${input}`)).json()).result
        .data.json;
      return list.awards[0].learnerId as string;
    }, learnerName);
    await centre.page.goto(`${server.url}/portal/learners/${learnerId}`);
    const panel = centre.page.getByRole('region', { name: 'Award' });
    await panel.getByText('Valid').waitFor();
    const verifyUrl = (await panel.getByRole('link', { name: /\/v\// }).getAttribute('href')) ?? '';
    expect(verifyUrl).toMatch(new RegExp(`^${server.url}/v/[0-9A-Z-]{19}$`));
    await expectAccessible(centre, 'portal learner with award');
    await screenshot(centre.page, 'awards-portal-learner');

    const certificate = await download(centre.page, () =>
      panel.getByRole('button', { name: 'Download certificate (PDF)' }).click(),
    );
    expect(certificate.name).toMatch(/^Certificate .+\.pdf$/);
    expect(new TextDecoder().decode(certificate.bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await readPdf(certificate.bytes);
    expect(pdf.doc.getPageCount()).toBe(2);
    const figure = allElements(pdf.structure).find((e) => e.type === 'Figure');
    expect(figure?.alt).toContain(verifyUrl);
    expect(pdf.pages[0]?.texts.join(' ')).toContain(verifyUrl);
    expect(elementText(pdf, pdf.structure)).toContain(learnerName);
    renderFirstPage(certificate.bytes);

    // The public-breakdown choice, by keyboard; it stays chosen after a reload.
    const breakdown = panel.getByRole('checkbox', {
      name: 'Show the component breakdown publicly',
    });
    await breakdown.focus();
    await centre.page.keyboard.press('Space');
    await expect.poll(() => breakdown.isChecked()).toBe(true);
    await expect.poll(() => breakdown.isEnabled()).toBe(true);
    await centre.page.reload();
    await expect.poll(() => panel.getByRole('checkbox').isChecked()).toBe(true);

    // The signed credential downloads as JSON.
    const credential = await download(centre.page, () =>
      panel.getByRole('button', { name: 'Download signed credential (JSON)' }).click(),
    );
    const vc = JSON.parse(new TextDecoder().decode(credential.bytes));
    expect(vc.type).toContain('OpenBadgeCredential');
    expect(vc.proof?.cryptosuite).toBe('eddsa-rdfc-2022');

    // A stranger follows the QR link in a fresh browser: valid.
    const stranger = await openPage(browser, { width: 390, height: 844 });
    await stranger.page.goto(verifyUrl);
    await stranger.page.getByText('This award is genuine and current').waitFor();
    await stranger.page.getByText(learnerName).first().waitFor();
    await expectAccessible(stranger, 'verify: valid');
    await screenshot(stranger.page, 'awards-verify-valid');

    // The trust admin revokes it, with a reason, through the confirmation dialog.
    await awards.getByRole('link', { name: learnerName }).click();
    await admin.page.getByRole('heading', { name: `Award: ${learnerName}`, level: 1 }).waitFor();
    await expectAccessible(admin, 'admin award detail');
    await screenshot(admin.page, 'awards-admin-detail');
    await admin.page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = admin.page.getByRole('dialog', { name: `Revoke ${learnerName}’s award?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Revoke the award' }).click();
    await dialog.getByText('Write the reason for revoking').waitFor();
    await expectAccessible(admin, 'revoke dialog with an error');
    await screenshot(admin.page, 'awards-admin-revoke-dialog');
    const reason = 'Awarded in error: the project was not the learner’s own work';
    await dialog.getByLabel('Reason for revoking').fill(reason);
    await admin.page.keyboard.press('Tab');
    await dialog.getByRole('button', { name: 'Revoke the award' }).click();
    await admin.page.getByText('The award is revoked.').waitFor();
    await expect.poll(() => admin.page.textContent('main')).toContain(reason);
    await screenshot(admin.page, 'awards-admin-revoked');

    // Another learner's award is reissued (a corrected name, say): a new award replaces it.
    await admin.page.getByRole('link', { name: 'Awards', exact: true }).first().click();
    const list = admin.page.getByRole('table', { name: 'Awards' });
    const other = list.getByRole('link').filter({ hasNotText: learnerName }).first();
    const otherName = ((await other.textContent()) ?? '').trim();
    await other.click();
    await admin.page.getByRole('heading', { name: `Award: ${otherName}`, level: 1 }).waitFor();
    const oldUrl = admin.page.url();
    // Escape closes the dialog without doing anything, and focus goes back to its button.
    const reissueButton = admin.page.getByRole('button', { name: 'Reissue…' });
    await reissueButton.click();
    await admin.page.getByRole('dialog').waitFor();
    await admin.page.keyboard.press('Escape');
    await expect.poll(() => admin.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => reissueButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await admin.page.keyboard.press('Enter');
    const reissue = admin.page.getByRole('dialog', { name: `Reissue ${otherName}’s award?` });
    await reissue.getByLabel('Reason for reissuing').fill('Family name corrected by the centre');
    await reissue.getByRole('button', { name: 'Reissue the award' }).click();
    await admin.page.getByText('This is the new award.').waitFor();
    await screenshot(admin.page, 'awards-admin-reissued');
    await expect.poll(() => admin.page.url()).not.toBe(oldUrl);
    await admin.page.getByRole('link', { name: 'The earlier award' }).click();
    await admin.page.getByText('Superseded by a reissue').waitFor();
    expect(await admin.page.getByText('This is the new award.').count()).toBe(0);
    await admin.page.getByRole('link', { name: /^Award [0-9A-Z-]{19}$/ }).waitFor();
    await expectAccessible(admin, 'admin superseded award');
    await screenshot(admin.page, 'awards-admin-superseded');

    // The stranger reloads: revoked, with the date and the reason.
    await stranger.page.reload();
    await stranger.page.getByText('This award has been revoked').waitFor();
    await stranger.page.getByText(reason).waitFor();
    const today = new Date().toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await expect.poll(() => stranger.page.textContent('main')).toContain(today);
    await expectAccessible(stranger, 'verify: revoked');
    await screenshot(stranger.page, 'awards-verify-revoked');

    // The cohort's file holds every current award: the revoked one is left out.
    await centre.page.getByRole('link', { name: 'Cohorts' }).click();
    await centre.page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
    const cohortButton = centre.page.getByRole('button', {
      name: `Download all certificates for the ${submitted.leavingYear} cohort`,
    });
    const cohortFile = await download(centre.page, async () => {
      await cohortButton.click();
      // While the server draws the file (how far it got is not asserted: no timing in tests).
      await screenshot(centre.page, 'awards-portal-cohort-preparing');
    });
    await centre.page.getByText(/^Saved .+\.pdf/).waitFor();
    const cohortPdf = await readPdf(cohortFile.bytes);
    const current = await centre.page.evaluate(async (leavingYear) => {
      const me = (await (await fetch('/trpc/auth.me')).json()).result.data.json;
      const input = encodeURIComponent(
        JSON.stringify({ json: { centreId: me.centreId, leavingYear, status: 'valid' } }),
      );
      return (await (await fetch(`/trpc/centre.awards.list?input=${input}`)).json()).result.data
        .json.total as number;
    }, submitted.leavingYear);
    expect(cohortPdf.doc.getPageCount()).toBe(2 * current);
    // The revoked award is not in the cohort's file.
    expect(cohortPdf.pages.some((p) => p.texts.join(' ').includes(verifyUrl))).toBe(false);
    await expectAccessible(centre, 'portal cohorts after download');
    await screenshot(centre.page, 'awards-portal-cohorts');

    for (const w of [centre, admin, stranger])
      expect(w.problems.filter((p) => !p.includes('401'))).toEqual([]);
  }, 240_000);
});

/** The certificate page as an image, to look at, where poppler's pdftoppm is installed. */
function renderFirstPage(bytes: Uint8Array) {
  try {
    execFileSync(
      'pdftoppm',
      ['-png', '-r', '80', '-f', '1', '-l', '1', '-', `${screenshotDir}awards-certificate-page`],
      {
        input: bytes,
      },
    );
  } catch {
    // No pdftoppm here: the PDF itself was checked above.
  }
}
