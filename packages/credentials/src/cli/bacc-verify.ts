import { readFile } from 'node:fs/promises';
import type { CredentialReport } from '../verify.ts';
import { formatReport } from './format-report.ts';

export const EXIT_VALID = 0;
export const EXIT_NOT_VALID = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: bacc-verify [--offline] [--json] <credential.json>

Checks a Bacc award credential (Open Badges 3.0): its signature, its structure, whether the
issuer has revoked it and its validity dates. Nothing is fetched except the issuer's revocation
list, named in the credential; --offline skips that too.

  --offline   do not fetch the revocation list (status is reported as not checked)
  --json      print the full report as JSON instead of text

Exit codes: 0 valid, 1 not valid or revoked, 2 bad usage or unreadable file.`;

const STATUS_TIMEOUT_MS = 10_000;

/** Fetches the status list the credential names; only http(s), with a time limit. */
async function fetchStatusList(url: string): Promise<unknown> {
  const address = new URL(url);
  if (address.protocol !== 'https:' && address.protocol !== 'http:')
    throw new Error(`not a web address: ${url}`);
  const response = await fetch(address, {
    headers: { accept: 'application/vc+ld+json, application/json' },
    signal: AbortSignal.timeout(STATUS_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function main(args: string[], io: CliIo): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const files = args.filter((a) => !a.startsWith('-'));
  if (flags.has('--help') || flags.has('-h')) {
    io.out(USAGE);
    return EXIT_VALID;
  }
  const unknown = [...flags].filter((f) => f !== '--offline' && f !== '--json');
  if (unknown.length > 0 || files.length !== 1) {
    io.err(
      unknown.length > 0
        ? `Unknown option ${unknown.join(', ')}.`
        : 'Give exactly one credential file.',
    );
    io.err(USAGE);
    return EXIT_USAGE;
  }
  const file = files[0] as string;
  let credential: unknown;
  try {
    credential = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? 'it is not valid JSON'
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'there is no such file'
          : (error as Error).message;
    io.err(`Cannot read ${file}: ${reason}.`);
    return EXIT_USAGE;
  }
  const offline = flags.has('--offline');
  // loaded only now, so usage errors answer at once
  const { verifyAwardCredential } = await import('../verify.ts');
  const report: CredentialReport = await verifyAwardCredential(credential, {
    ...(offline ? {} : { loadStatusList: fetchStatusList }),
  });
  if (flags.has('--json')) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatReport(file, report, { offline })) io.out(line);
  return report.verified ? EXIT_VALID : EXIT_NOT_VALID;
}
