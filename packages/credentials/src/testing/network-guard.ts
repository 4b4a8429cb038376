import { vi } from 'vitest';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface NetworkGuard {
  /** Every non-loopback URL anything tried to fetch, answered or refused. */
  attempts: string[];
  /** Lifts the guard (restores the real fetch). */
  restore(): void;
}

/**
 * Replaces fetch so that only loopback addresses reach the network; `answers` stands in for
 * named outside URLs (verifier-core fetches the OB schema); anything else is refused.
 */
export function blockNetwork(answers: Record<string, unknown> = {}): NetworkGuard {
  const realFetch = globalThis.fetch;
  const attempts: string[] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (LOOPBACK.has(url.hostname)) return realFetch(input, init);
    attempts.push(url.href);
    if (url.href in answers) {
      return new Response(JSON.stringify(answers[url.href]), {
        headers: { 'content-type': 'application/json' },
      });
    }
    throw new TypeError(`Network blocked in tests: ${url.href}`);
  });
  return { attempts, restore: () => vi.unstubAllGlobals() };
}
