import { errorCode } from './errors.ts';

/** Errors that another attempt cannot fix. */
const FINAL = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_MANY_REQUESTS',
  'UNPROCESSABLE_CONTENT',
  'PARSE_ERROR',
]);

export const MAX_QUERY_RETRIES = 2;

/** react-query `retry` option: retry network and server faults twice, never a refusal. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  if (code && FINAL.has(code)) return false;
  return failureCount < MAX_QUERY_RETRIES;
}
