import { describe, expect, it } from 'vitest';
import { defaultUntil, nextActions } from './accreditationLabels.ts';

describe('accreditation labels', () => {
  it('offers only the steps the state allows', () => {
    expect(nextActions('applied')).toEqual(['accredit', 'reject', 'withdraw']);
    expect(nextActions('suspended')).toEqual(['reinstate', 'withdraw']);
    expect(nextActions('withdrawn')).toEqual([]);
  });
  it('suggests the end of an academic year three years on', () => {
    expect(defaultUntil(new Date('2026-11-22'))).toBe('2029-08-31');
  });
});
