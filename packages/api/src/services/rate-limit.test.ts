import { describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor } from '../testing/index.ts';
import { verificationLookupLimit } from './rate-limit.ts';

const code = '7K3M-9QXD-2HWP-4TNB';

describeEachDatabase('verification lookups are rate limited per address', (suite) => {
  it('answers TOO_MANY_REQUESTS with a retry time after the limit, per address and window', async () => {
    const { db } = suite.handle;
    // Mid-window, so the retry time is predictable.
    const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 20_000);
    const at = (ip: string, now: Date) =>
      callerFor(db, null, { request: { ip, userAgent: null }, now: () => now });

    for (let i = 0; i < verificationLookupLimit.limit; i++) {
      await expect(at('198.51.100.7', start).verification.check({ code })).resolves.toEqual({
        status: 'not_found',
      });
    }
    const refused = await at('198.51.100.7', start)
      .verification.check({ code: 'not even a code' })
      .then(
        () => ({ code: 'ANSWERED', cause: undefined }),
        (e: unknown) => e as { code: string; cause?: { details?: { retryAfterSeconds?: number } } },
      );
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(refused.cause?.details?.retryAfterSeconds).toBe(40);

    // Another address is unaffected, and the same address may try again in the next window.
    await expect(at('198.51.100.8', start).verification.check({ code })).resolves.toEqual({
      status: 'not_found',
    });
    const nextWindow = new Date(start.getTime() + 60_000);
    await expect(at('198.51.100.7', nextWindow).verification.check({ code })).resolves.toEqual({
      status: 'not_found',
    });
  });
});
