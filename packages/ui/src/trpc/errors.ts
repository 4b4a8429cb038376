/**
 * Turns any error from a tRPC call into a sentence a person can act on. Duck-typed so that it
 * works on TRPCClientError without importing the client (and in tests without a server).
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/** The tRPC error code of an error, if it has one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const code = (data as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const generic: Record<string, string> = {
  UNAUTHORIZED: 'Your session has ended. Sign in again to carry on.',
  FORBIDDEN: 'You do not have permission to see this.',
  NOT_FOUND: 'We could not find what you asked for. It may have been removed.',
  TOO_MANY_REQUESTS: 'Too many attempts. Wait a few minutes, then try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
};

export const NETWORK_MESSAGE =
  'We could not reach Bacc. Check your internet connection, then try again.';

/**
 * A message for the user. Messages the server wrote for people (bad input, conflicts,
 * throttling, wrong credentials) are shown as they are; anything else gets a generic sentence.
 */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  const message =
    typeof error === 'object' && error !== null && typeof (error as Error).message === 'string'
      ? (error as Error).message.trim()
      : '';
  if (!code) {
    return error === undefined ? generic.INTERNAL_SERVER_ERROR! : NETWORK_MESSAGE;
  }
  if (code === 'INTERNAL_SERVER_ERROR') return generic.INTERNAL_SERVER_ERROR!;
  if (message && !looksTechnical(message)) return message;
  return generic[code] ?? generic.INTERNAL_SERVER_ERROR!;
}

/** Zod's raw issue lists and stack-like text are not for people. */
function looksTechnical(message: string): boolean {
  return message.startsWith('[') || message.startsWith('{') || /\n\s+at /.test(message);
}
