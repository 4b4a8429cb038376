import { TRPCError } from '@trpc/server';

/** What a caller reads while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Bacc cannot reach its database just now. Nothing was changed; please try again in a minute.';

/** Seconds a client should wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Connection exceptions (class 08), and the server shutting down or restarting under us.
const SQLSTATES = /^(08...|57P0[123])$/;
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection (was )?(closed|ended)/i,
  /server closed the connection unexpectedly/i,
];

/**
 * True when an error (or anything in its `cause` chain, or an AggregateError's parts, as pg's
 * connection attempts to several addresses produce) means the database could not be reached,
 * as opposed to refusing a query.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 8) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (SQLSTATES.test(e.code) || SOCKET_CODES.has(e.code)))
    return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string)))
    return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** The tRPC answer for an unreachable database: 503 with a plain sentence, never the cause's text. */
export function databaseUnavailableError(cause: unknown): TRPCError {
  return new TRPCError({
    code: 'SERVICE_UNAVAILABLE',
    message: DATABASE_UNAVAILABLE_MESSAGE,
    cause,
  });
}
