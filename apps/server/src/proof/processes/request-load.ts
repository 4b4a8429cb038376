import type { HttpAnswer } from './http-client.ts';

export interface LoadOutcome {
  /** Requests that got a complete answer, by status. */
  statuses: Map<number, number>;
  /** Requests that got no answer, by error code (ECONNREFUSED, ECONNRESET, ...). */
  failures: Map<string, number>;
  /** Non-2xx answers, kept for the test's message. */
  problems: string[];
  total: number;
  /** Every request: when it was sent and answered (performance.now()) and how it ended. */
  records: Array<{ sentAt: number; endedAt: number; status: number | null; error: string | null }>;
}

/**
 * Keeps `concurrency` requests in flight until stopped (or told to stop sending), each on its own connection, and tallies
 * how each one ended. `send` picks the request for the n-th call.
 */
export function driveLoad(
  send: (n: number) => Promise<HttpAnswer>,
  concurrency: number,
  /** Checked before each request: once false, that client sends no more. */
  keepSending: () => boolean = () => true,
) {
  const outcome: LoadOutcome = {
    statuses: new Map(),
    failures: new Map(),
    problems: [],
    total: 0,
    records: [],
  };
  let running = true;
  let n = 0;
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const worker = async () => {
    while (running && keepSending()) {
      const i = n++;
      const sentAt = performance.now();
      try {
        const answer = await send(i);
        outcome.records.push({
          sentAt,
          endedAt: performance.now(),
          status: answer.status,
          error: null,
        });
        bump(outcome.statuses, answer.status);
        if ((answer.status < 200 || answer.status > 299) && outcome.problems.length < 20)
          outcome.problems.push(`${answer.status} ${answer.text.slice(0, 300)}`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        outcome.records.push({ sentAt, endedAt: performance.now(), status: null, error: code });
        bump(outcome.failures, code);
      }
      outcome.total++;
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  return {
    outcome,
    /** Requests answered so far. */
    answered: () => outcome.total,
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return outcome;
    },
  };
}

/** Resolves once `condition` holds, polling; fails after `withinMs` with `what` in the message. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  withinMs = 120_000,
) {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
