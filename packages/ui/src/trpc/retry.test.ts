import { describe, expect, it } from 'vitest';
import { shouldRetryQuery } from './retry.ts';

const trpcError = (code: string) => Object.assign(new Error('x'), { data: { code } });

describe('shouldRetryQuery', () => {
  it.each(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'TOO_MANY_REQUESTS'])(
    'never retries %s',
    (code) => {
      expect(shouldRetryQuery(0, trpcError(code))).toBe(false);
    },
  );

  it('retries server faults and network errors twice', () => {
    expect(shouldRetryQuery(0, trpcError('INTERNAL_SERVER_ERROR'))).toBe(true);
    expect(shouldRetryQuery(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetryQuery(2, new TypeError('Failed to fetch'))).toBe(false);
  });
});
