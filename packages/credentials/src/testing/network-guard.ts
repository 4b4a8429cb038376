const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface NetworkGuard {
  /** Every non-loopback URL anything tried to fetch, answered or refused. */
  attempts: string[];
  /** Lifts the guard (puts back the fetch it replaced). */
  restore(): void;
}

/**
 * Replaces fetch so that only loopback addresses reach the network; `answers` stands in for
 * named URLs (verifier-core fetches the OB schema and status lists); anything else is refused.
 */
export function blockNetwork(answers: Record<string, unknown> = {}): NetworkGuard {
  const previous = globalThis.fetch;
  const attempts: string[] = [];
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.href in answers) {
      if (!LOOPBACK.has(url.hostname)) attempts.push(url.href);
      return new Response(JSON.stringify(answers[url.href]), {
        headers: { 'content-type': 'application/json' },
      });
    }
    if (LOOPBACK.has(url.hostname)) return previous(input, init);
    attempts.push(url.href);
    throw new TypeError(`Network blocked in tests: ${url.href}`);
  };
  // restores what was there before, so guards nest
  return { attempts, restore: () => (globalThis.fetch = previous) };
}
