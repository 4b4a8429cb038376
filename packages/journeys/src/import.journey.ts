import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const SURNAME = 'Importwell';

let server: RunningServer;
let browser: Browser;
let w: WatchedPage;
let dir: string;

/** Valid ULNs (check digit per the ULN rule) in a range the demo data does not use. */
function ulns(count: number, prefix = '98765', from = 4321): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < count; k++) {
    const body = `${prefix}${String(from + k).padStart(9 - prefix.length, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = (((10 - sum) % 11) + 11) % 11;
    if (check < 10) out.push(`${body}${check}`);
  }
  return out;
}
const [ulnA, ulnB, ulnC] = ulns(3) as [string, string, string];

/** A SIMS-style export: BOM, CRLF, quoted fields (one with a comma and a line break). */
function learnersFile(name: string, dobB: string) {
  const lines = [
    'UPN,ULN,Legal Surname,Legal Forename,Preferred Forename,Address,DOB,Leaving Year',
    `,${ulnA},${SURNAME},Ada,,"1 Mill Lane, Leeds\r\nLS1 1AA",01/03/2008,2026`,
    `,${ulnB},"${SURNAME}",Ben,"Benny",,${dobB},2026`,
    `,${ulnC},${SURNAME},Cy,,,12-Nov-07,2026`,
  ];
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bacc-import-'));
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  w = await openPage(browser);
  const email = demoLogin(server, 'centre staff');
  await w.page.goto(`${server.url}/portal/`);
  await signIn(w.page, email);
  await w.page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function chooseAndCheck(page: Page, path: string, shot: string) {
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
  await page.getByLabel('What does the file hold?').selectOption('learners');
  await page.getByLabel('CSV file').setInputFiles(path);
  await page.getByRole('heading', { name: /Match its columns/ }).waitFor();
  // The MIS headers were matched to Bacc's fields.
  expect(await page.getByLabel('Legal surname').inputValue()).toBe('Legal Surname');
  expect(await page.getByLabel('Date of birth').inputValue()).toBe('DOB');
  expect(await page.getByLabel('ULN (optional)').inputValue()).toBe('ULN');
  await expectAccessible(page, `${shot} mapping`);
  await screenshot(page, `${shot}-mapping`);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: /Check the result/ }).waitFor();
}

async function searchLearners(page: Page, term: string) {
  await page.getByRole('link', { name: 'Learners', exact: true }).click();
  await page.getByRole('heading', { name: 'Learners', level: 1 }).waitFor();
  await page.getByLabel('Search learners').fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(term);
}

describe('import journey', () => {
  it('a file with one bad row commits nothing and shows the row’s problem', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: '1. Choose the file' }).waitFor();
    await expectAccessible(page, 'import start');
    await screenshot(page, 'import-choose');

    await chooseAndCheck(page, learnersFile('learners-bad.csv', '31/02/2008'), 'import-bad');
    const problems = page.getByRole('table', { name: /Problems/ });
    await problems.waitFor();
    const row = problems.getByRole('row').nth(1);
    expect(await row.textContent()).toMatch(/^3DOBDate of birth "31\/02\/2008" is not a real date/);
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    expect(await page.locator('.stat', { hasText: 'Problems' }).locator('dd').textContent()).toBe(
      '1',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the problems (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('learners-bad-problems.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('Row,Column,Problem\r\n3,DOB,');
    await expectAccessible(page, 'import problems');
    await screenshot(page, 'import-problems');

    await searchLearners(page, SURNAME);
    await page.getByRole('heading', { name: 'No learners match your search' }).waitFor();
  });

  it('the fixed file imports every row, and the learners are decided', async () => {
    const { page } = w;
    await chooseAndCheck(page, learnersFile('learners.csv', '28/02/2008'), 'import-good');
    await page.getByText('Every row is ready to import').waitFor();
    expect(await page.locator('.stat', { hasText: 'To add' }).locator('dd').textContent()).toBe(
      '3',
    );
    await expectAccessible(page, 'import ready');
    await screenshot(page, 'import-ready');
    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByRole('heading', { name: '4. Imported' }).waitFor();
    const bar = page.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('.stat', { hasText: 'Added' }).locator('dd').textContent()).toBe('3');
    expect(
      await page.locator('.stat', { hasText: 'Decisions computed' }).locator('dd').textContent(),
    ).toBe('3');
    await expectAccessible(page, 'import done');
    await screenshot(page, 'import-done');

    await page.getByRole('link', { name: 'See the learners' }).click();
    await searchLearners(page, SURNAME);
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Benny');
    expect(text).toContain(ulnC);
    // Each learner carries a stored decision: a tier (or no award yet) and the next tier to aim for.
    expect(await table.getByText(/^Next: /).count()).toBe(3);
    await screenshot(page, 'import-learners');
  });

  it('the same file again is recognised and changes nothing', async () => {
    const { page } = w;
    await chooseAndCheck(page, learnersFile('learners-again.csv', '28/02/2008'), 'import-again');
    await page.getByText('This file has been imported already').waitFor();
    expect(await page.getByText(/imported as learners\.csv/).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await expectAccessible(page, 'import replay');
    await screenshot(page, 'import-replay');
    await searchLearners(page, SURNAME);
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(4);
    expect(w.problems).toEqual([]);
  });

  it('a large file uploads in chunks with a moving progress bar, then imports', async () => {
    const { page } = w;
    const count = 4_500;
    const lines = ['ULN,Legal Surname,Legal Forename,DOB,Leaving Year'];
    ulns(count, '9123', 0).forEach((uln, i) => {
      lines.push(
        `${uln},Bulkington,Learner ${String.fromCharCode(65 + (i % 26))},${1 + (i % 28)}/0${1 + (i % 9)}/2009,2027`,
      );
    });
    const path = join(dir, 'bulk.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: '1. Choose the file' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(path);
    await page.getByRole('heading', { name: /Match its columns/ }).waitFor();
    // Record every value the progress bar announces while the file is checked.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const now = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
        if (now && seen.at(-1) !== now) seen.push(now);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Every row is ready to import').waitFor();
    const seen = await page.evaluate(() =>
      (window as unknown as { progressSeen: string[] }).progressSeen.map(Number),
    );
    // One step per 2,000-row chunk, rising, before the whole-file check.
    expect(seen.filter((v) => v > 10 && v < 85).length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await page.getByRole('button', { name: 'Import 4,500 rows' }).click();
    await page.getByRole('heading', { name: '4. Imported' }).waitFor({ timeout: 90_000 });
    expect(await page.locator('.stat', { hasText: 'Added' }).locator('dd').textContent()).toBe(
      '4,500',
    );
    await screenshot(page, 'import-bulk-done');
    expect(w.problems).toEqual([]);
  });
});
