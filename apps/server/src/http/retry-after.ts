import { DATABASE_RETRY_AFTER_SECONDS } from '@bacc/api';
import type { TRPCError } from '@trpc/server';

/**
 * A throttled procedure says how long to wait in its error details; HTTP clients and proxies
 * read that from the Retry-After header, so it is copied there.
 */
export function retryAfterMeta({ errors }: { errors: TRPCError[] }) {
  let seconds = 0;
  for (const error of errors) {
    // An unreachable database: the client may try again shortly (see database-unavailable.ts).
    if (error.code === 'SERVICE_UNAVAILABLE')
      seconds = Math.max(seconds, DATABASE_RETRY_AFTER_SECONDS);
    if (error.code !== 'TOO_MANY_REQUESTS') continue;
    const details = (error.cause as { details?: { retryAfterSeconds?: unknown } } | undefined)
      ?.details;
    if (typeof details?.retryAfterSeconds === 'number')
      seconds = Math.max(seconds, details.retryAfterSeconds);
  }
  return seconds > 0 ? { headers: new Headers({ 'Retry-After': String(seconds) }) } : {};
}
