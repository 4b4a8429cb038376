import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAward } from '../testing/issued.ts';
import { type StatusServer, startStatusServer } from '../testing/status-server.ts';

const BIN = join(import.meta.dirname, '../../bin/bacc-verify.mjs');

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let server: StatusServer;
const files: Record<string, string> = {};
const LIST = '/credentials/status/cli';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bacc-verify-'));
  server = await startStatusServer();
  const award = await issueAward(`${server.baseUrl}${LIST}`);
  server.publish(LIST, await award.statusList());
  const tampered = structuredClone(award.credential);
  tampered.credentialSubject.result[0].value = 'Goldd';
  // a port nothing listens on: the list is unreachable
  const stranded = await issueAward('http://127.0.0.1:9/credentials/status/none');
  const revokedPath = '/credentials/status/cli-revoked';
  const revoked = await issueAward(`${server.baseUrl}${revokedPath}`);
  server.publish(revokedPath, await revoked.statusList([revoked.index]));
  const write = (name: string, content: string) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], content);
  };
  write('award.json', JSON.stringify(award.credential, null, 2));
  write('tampered.json', JSON.stringify(tampered, null, 2));
  write('stranded.json', JSON.stringify(stranded.credential));
  write('revoked.json', JSON.stringify(revoked.credential));
  write('broken.json', '{ "@context": [');
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

// each run starts Node, tsx and the JSON-LD stack afresh
describe('npx bacc-verify', { timeout: 30_000 }, () => {
  it('passes a signed award, fetching its status from the issuer', async () => {
    const { code, stdout } = await run(files['award.json'] as string);
    expect(stdout).toContain('Signature   valid (eddsa-rdfc-2022)');
    expect(stdout).toContain('Status      not revoked');
    expect(stdout).toContain('Learner     Ada Okafor');
    expect(stdout).toContain('Award       Northfield Baccalaureate, Gold');
    expect(stdout.trim().endsWith('VALID')).toBe(true);
    expect(code).toBe(0);
  });

  it('fails a copy with one character changed', async () => {
    const { code, stdout } = await run(files['tampered.json'] as string);
    expect(stdout).toContain('Signature   INVALID');
    expect(stdout).toContain('changed after it was signed');
    expect(stdout).not.toContain('Goldd');
    expect(stdout.trim().endsWith('NOT VALID')).toBe(true);
    expect(code).toBe(1);
  });

  it('fails a revoked award', async () => {
    const { code, stdout } = await run(files['revoked.json'] as string);
    expect(stdout).toContain('Status      REVOKED by the issuer');
    expect(code).toBe(1);
  });

  it('still passes when the status list is unreachable or skipped, and says so', async () => {
    const stranded = await run(files['stranded.json'] as string);
    expect(stranded.stdout).toContain('Status      status not checked (unreachable)');
    expect(stranded.code).toBe(0);
    const offline = await run('--offline', files['award.json'] as string);
    expect(offline.stdout).toContain('Status      status not checked (--offline)');
    expect(offline.code).toBe(0);
  });

  it('passes the committed fixture signed under a retired key, offline', async () => {
    const { code, stdout } = await run(
      '--offline',
      join(import.meta.dirname, '../testing/fixtures/award-signed-2026-07-01.json'),
    );
    expect(stdout).toContain('Signature   valid (eddsa-rdfc-2022)');
    expect(stdout).toContain('Issued on   2026-07-01');
    expect(code).toBe(0);
  });

  it('prints the whole report as JSON on request', async () => {
    const { code, stdout } = await run('--json', '--offline', files['award.json'] as string);
    expect(JSON.parse(stdout)).toMatchObject({
      verified: true,
      signature: 'valid',
      status: 'not_checked',
    });
    expect(code).toBe(0);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(stdout).toContain('Usage: bacc-verify [--offline] [--json] <credential.json>');
    expect(stdout).toContain(
      'Exit codes: 0 valid, 1 not valid or revoked, 2 bad usage or unreadable file.',
    );
    expect(code).toBe(0);
  });

  it('exits 2 on bad usage or a file it cannot read', async () => {
    const none = await run();
    expect(none.stderr).toContain('Give exactly one credential file.');
    expect(none.stderr).toContain('Usage: bacc-verify');
    expect(none.code).toBe(2);
    expect((await run('--fast', files['award.json'] as string)).code).toBe(2);
    const missing = await run(join(dir, 'nope.json'));
    expect(missing.stderr).toContain('there is no such file');
    expect(missing.code).toBe(2);
    const broken = await run(files['broken.json'] as string);
    expect(broken.stderr).toContain('it is not valid JSON');
    expect(broken.code).toBe(2);
  });
});
