/** Application errors: services throw these; the tRPC boundary maps them to codes in one place. */
export class AppError extends Error {
  constructor(
    readonly kind:
      | 'not_found'
      | 'forbidden'
      | 'conflict'
      | 'invalid'
      | 'unauthorized'
      | 'throttled'
      | 'unavailable',
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'That record') =>
  new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have access to that.') =>
  new AppError('forbidden', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('conflict', message, details);
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('invalid', message, details);
export const unauthorized = (message = 'Please sign in.') => new AppError('unauthorized', message);
export const throttled = (message: string, retryAfterSeconds: number) =>
  new AppError('throttled', message, { retryAfterSeconds });
