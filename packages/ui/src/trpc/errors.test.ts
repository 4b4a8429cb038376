import { describe, expect, it } from 'vitest';
import { describeError, errorCode, NETWORK_MESSAGE } from './errors.ts';

const trpcError = (code: string, message: string) =>
  Object.assign(new Error(message), { data: { code } });

describe('describeError', () => {
  it('shows messages the server wrote for people', () => {
    expect(describeError(trpcError('UNAUTHORIZED', 'Email or password is incorrect.'))).toBe(
      'Email or password is incorrect.',
    );
    expect(describeError(trpcError('TOO_MANY_REQUESTS', 'Try again in 5 minutes.'))).toBe(
      'Try again in 5 minutes.',
    );
  });

  it('hides internal messages and raw validation dumps', () => {
    expect(
      describeError(trpcError('INTERNAL_SERVER_ERROR', 'relation "x" does not exist')),
    ).toMatch(/on our side/);
    expect(describeError(trpcError('BAD_REQUEST', '[{"code":"too_small"}]'))).not.toMatch(/\[/);
  });

  it('treats errors without a tRPC code as network failures', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe(NETWORK_MESSAGE);
  });

  it('reads the code defensively', () => {
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode({ data: { code: 'FORBIDDEN' } })).toBe('FORBIDDEN');
  });
});
