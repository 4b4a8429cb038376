import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from './testing/award-input.ts';
import { type Issued, issueAward } from './testing/issued.ts';
import type { CredentialReport } from './verify.ts';

// The verify page's policy: no inline script, no eval, no calls to other origins.
const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'";

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium not found: install Debian’s chromium (apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
}

let server: Server;
let origin: string;
let browser: Browser;
let award: Issued;
let revoked: Issued;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `import { verifyAwardCredential } from './verify.ts'; globalThis.baccVerify = verifyAwardCredential;`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const documents = new Map<string, string>();
  server = createServer((req, res) => {
    const headers = { 'content-security-policy': CSP };
    if (req.url === '/') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html' });
      res.end(
        '<!doctype html><title>verify</title><script type="module" src="/verify.js"></script>',
      );
    } else if (req.url === '/verify.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(script);
    } else if (documents.has(req.url ?? '')) {
      res
        .writeHead(200, { ...headers, 'content-type': 'application/json' })
        .end(documents.get(req.url ?? ''));
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  award = await issueAward(`${origin}/status/1`);
  documents.set('/status/1', JSON.stringify(await award.statusList()));
  revoked = await issueAward(`${origin}/status/2`, {
    status: { statusListCredential: `${origin}/status/2`, statusListIndex: 7 },
  });
  documents.set('/status/2', JSON.stringify(await revoked.statusList([7])));
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function verifyInChromium(
  credential: Json,
): Promise<{ report: CredentialReport; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'baccVerify' in globalThis);
  const report = await page.evaluate(async (vc) => {
    const verify = (
      globalThis as unknown as { baccVerify: (c: unknown, o: object) => Promise<CredentialReport> }
    ).baccVerify;
    return verify(vc, { loadStatusList: async (url: string) => (await fetch(url)).json() });
  }, credential);
  await page.close();
  return { report, problems };
}

describe('the browser verifier in Chromium, under the verify page CSP', { timeout: 60_000 }, () => {
  it('verifies an award, fetching its status list from the page origin', async () => {
    const { report, problems } = await verifyInChromium(award.credential);
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      verified: true,
      signature: 'valid',
      status: 'active',
      dates: 'current',
    });
    expect(report.summary?.learnerName).toBe('Ada Okafor');
  });

  it('reports a revoked award and a changed one', async () => {
    const revokedRun = await verifyInChromium(revoked.credential);
    expect(revokedRun.report.problems).toEqual(['The issuer has revoked this credential.']);
    expect(revokedRun.report).toMatchObject({ verified: false, status: 'revoked' });
    const changed = structuredClone(award.credential);
    changed.validFrom = '2026-07-01T09:30:01Z';
    const changedRun = await verifyInChromium(changed);
    expect(changedRun.problems).toEqual([]);
    expect(changedRun.report).toMatchObject({
      verified: false,
      signature: 'invalid',
      summary: null,
    });
  });
});
