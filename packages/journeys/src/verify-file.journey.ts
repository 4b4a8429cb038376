import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  openPage,
  type RunningServer,
  screenshot,
  startServer,
  type WatchedPage,
} from './harness/index.ts';
import { demoCredential, revokeAsTrustAdmin } from './verify-awards.ts';

let server: RunningServer;
let browser: Browser;
let file: Awaited<ReturnType<typeof demoCredential>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  file = await demoCredential(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const json = (credential: unknown) => Buffer.from(JSON.stringify(credential, null, 2));

/** Chooses a file in the file input, as dropping or picking one does. */
function chooseFile(page: Page, name: string, contents: Buffer) {
  return page
    .getByLabel('Choose a credential file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: contents });
}

/** Drops a file on the drop zone, as dragging one from the desktop does. */
function dropFile(page: Page, name: string, text: string) {
  return page.locator('.drop-zone').evaluate(
    (zone, [fileName, contents]) => {
      const data = new DataTransfer();
      data.items.add(
        new File([contents as string], fileName as string, { type: 'application/json' }),
      );
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    },
    [name, text],
  );
}

/** Pastes text into the paste box through a real paste event (clipboard data and all). */
function paste(page: Page, text: string) {
  return page.getByLabel('Or paste the credential').evaluate((box, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    box.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function answer(w: WatchedPage, title: string) {
  const heading = w.page.getByRole('heading', { name: title });
  await heading.waitFor({ timeout: 30_000 });
  // Focus moves to the answer, so keyboard and screen reader users get it at once.
  expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('file-result-heading');
  return heading;
}

describe('checking a credential file in the browser', () => {
  it('loads the verifier only when a file is chosen, and says a good file is genuine', async () => {
    const w = await openPage(browser, { width: 1280, height: 900 });
    const verifierChunks: string[] = [];
    w.page.on('request', (r) => {
      if (/\/assets\/verify-[\w-]+\.js$/.test(r.url())) verifierChunks.push(r.url());
    });
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    expect(verifierChunks).toEqual([]);

    await chooseFile(w.page, file.fileName, json(file.credential));
    await answer(w, 'This credential is genuine and current');
    expect(verifierChunks).toHaveLength(1);
    const summary = await w.page.locator('#file-result-heading ~ dl').innerText();
    expect(summary).toContain(file.award.learnerName);
    expect(summary).toMatch(/did:key:z6Mk/);
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-file-valid');
    await expectAccessible(w, 'credential file checked');
  });

  it('checks a dropped file the same way', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await dropFile(w.page, file.fileName, JSON.stringify(file.credential));
    await answer(w, 'This credential is genuine and current');
    expect(w.problems).toEqual([]);
  });

  it('checks a pasted credential too', async () => {
    const w = await openPage(browser, { width: 320, height: 640 });
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await paste(w.page, JSON.stringify(file.credential));
    await answer(w, 'This credential is genuine and current');
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-file-pasted-320');
    await expectAccessible(w, 'pasted credential checked at 320 px');
  });

  it('says a file with one character changed has been changed since it was issued', async () => {
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    const text = JSON.stringify(file.credential, null, 2);
    const name = file.award.learnerName;
    const at = text.indexOf(name);
    expect(at).toBeGreaterThan(0);
    // One letter of the learner's name, changed to another letter.
    const changed = name[1] === 'x' ? 'y' : 'x';
    const tampered = `${text.slice(0, at + 1)}${changed}${text.slice(at + 2)}`;
    expect(tampered.length).toBe(text.length);
    await chooseFile(w.page, 'tampered.json', Buffer.from(tampered));
    await answer(w, 'This credential is not valid');
    expect(await w.page.getByText('The file has been changed since it was issued').count()).toBe(1);
    // A tampered file's claims are not repeated back as if true.
    expect(await w.page.locator('#file-result-heading ~ dl').count()).toBe(0);
    await screenshot(w.page, 'verify-file-tampered');
    await expectAccessible(w, 'tampered credential');

    await chooseFile(w.page, 'notes.json', Buffer.from('{"hello": "world"}'));
    await answer(w, 'This is not a credential');
    await chooseFile(w.page, 'photo.json', Buffer.from('not json at all'));
    await answer(w, 'This is not a credential');
    expect(await w.page.getByText('It is not JSON').count()).toBe(1);
    expect(w.problems).toEqual([]);
  });

  it('says a revoked award’s file is revoked, from the issuer’s status list', async () => {
    await revokeAsTrustAdmin(server, file.award.id, 'Issued against the wrong results');
    const w = await openPage(browser);
    await w.page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await chooseFile(w.page, file.fileName, json(file.credential));
    await answer(w, 'This credential has been revoked');
    expect(w.problems).toEqual([]);
    await screenshot(w.page, 'verify-file-revoked');
    await expectAccessible(w, 'revoked credential');

    // And the code page agrees, with the date and the reason.
    await w.page.goto(`${server.url}/v/${file.award.verificationCode}`, {
      waitUntil: 'networkidle',
    });
    expect(await w.page.getByRole('heading', { name: 'This award has been revoked' }).count()).toBe(
      1,
    );
    expect(await w.page.getByText('Issued against the wrong results').count()).toBe(1);
    await screenshot(w.page, 'verify-code-revoked');
  });
});
