import { describe, expect, it } from 'vitest';
import { parseQueueSearch, parseSubmissionSearch } from './moderationSearch.ts';

describe('moderation search params', () => {
  it('keeps a known status and drops the default', () => {
    expect(parseQueueSearch({ status: 'approved' })).toEqual({ status: 'approved' });
    expect(parseQueueSearch({ status: 'pending' })).toEqual({});
    expect(parseQueueSearch({ status: 'nonsense' })).toEqual({});
  });

  it('keeps a sample only when both its size and seed are whole numbers in range', () => {
    expect(parseSubmissionSearch({ size: 10, seed: 42, strata: true })).toEqual({
      size: 10,
      seed: 42,
      strata: true,
    });
    expect(parseSubmissionSearch({ size: 10 })).toEqual({});
    expect(parseSubmissionSearch({ size: 0, seed: 1 })).toEqual({});
    expect(parseSubmissionSearch({ size: 5, seed: -1, page: 3 })).toEqual({ page: 3 });
  });
});
