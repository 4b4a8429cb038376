import { type FileOutcome, outcomeOf, parseCredentialText } from './outcome.ts';

/**
 * Fetches a status list, but only from this server: a credential cannot make the page call
 * anywhere else (and the page's security policy would refuse it anyway).
 */
export async function loadStatusListFromThisServer(url: string): Promise<unknown> {
  const target = new URL(url, window.location.href);
  if (target.origin !== window.location.origin)
    throw new Error(`The revocation list at ${url} is not on this server.`);
  const res = await fetch(target, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`The revocation list answered ${res.status}.`);
  return res.json();
}

/**
 * Checks a credential's text in the browser. The verifier (about 200 KB) is only downloaded
 * now, the first time someone checks a file, so the code-entry page stays light.
 */
export async function checkCredentialText(text: string): Promise<FileOutcome> {
  const parsed = parseCredentialText(text);
  if (!parsed.ok) return { kind: 'not_credential', reason: parsed.reason };
  const { verifyAwardCredential } = await import('@bacc/credentials/verify');
  const report = await verifyAwardCredential(parsed.credential, {
    loadStatusList: loadStatusListFromThisServer,
  });
  return outcomeOf(report);
}
