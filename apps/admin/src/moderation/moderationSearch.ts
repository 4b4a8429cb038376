export const QUEUE_STATUSES = ['pending', 'approved', 'returned', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueSearch {
  status?: QueueStatus;
}

export function parseQueueSearch(search: Record<string, unknown>): QueueSearch {
  const status = QUEUE_STATUSES.find((s) => s === search.status);
  return status && status !== 'pending' ? { status } : {};
}

export interface SubmissionSearch {
  /** A drawn sample, in the URL so the same sample can be opened again. */
  size?: number;
  seed?: number;
  strata?: boolean;
  page?: number;
}

const whole = (v: unknown, min: number, max: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export function parseSubmissionSearch(search: Record<string, unknown>): SubmissionSearch {
  const out: SubmissionSearch = {};
  const size = whole(search.size, 1, 500);
  const seed = whole(search.seed, 0, 2_147_483_647);
  if (size !== undefined && seed !== undefined) {
    out.size = size;
    out.seed = seed;
    if (search.strata === true || search.strata === 'true') out.strata = true;
  }
  const page = whole(search.page, 2, 100_000);
  if (page) out.page = page;
  return out;
}
