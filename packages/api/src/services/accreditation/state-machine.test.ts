import { describe, expect, it } from 'vitest';
import { isCurrentlyAccredited, nextAccreditationState } from './state-machine.ts';

describe('nextAccreditationState', () => {
  it('follows apply, accredit, renew, suspend, reinstate, withdraw', () => {
    expect(nextAccreditationState('none', 'apply')).toEqual({ ok: true, to: 'applied' });
    expect(nextAccreditationState('applied', 'accredit')).toEqual({ ok: true, to: 'accredited' });
    expect(nextAccreditationState('accredited', 'renew')).toEqual({ ok: true, to: 'accredited' });
    expect(nextAccreditationState('accredited', 'suspend')).toEqual({ ok: true, to: 'suspended' });
    expect(nextAccreditationState('suspended', 'reinstate')).toEqual({
      ok: true,
      to: 'accredited',
    });
    expect(nextAccreditationState('suspended', 'withdraw')).toEqual({ ok: true, to: 'withdrawn' });
    expect(nextAccreditationState('withdrawn', 'apply')).toEqual({ ok: true, to: 'applied' });
    expect(nextAccreditationState('applied', 'reject')).toEqual({ ok: true, to: 'rejected' });
  });

  it('refuses steps that make no sense, with a sentence', () => {
    const cases = [
      ['none', 'accredit'],
      ['applied', 'renew'],
      ['applied', 'suspend'],
      ['accredited', 'apply'],
      ['accredited', 'accredit'],
      ['suspended', 'renew'],
      ['withdrawn', 'reinstate'],
      ['rejected', 'accredit'],
    ] as const;
    for (const [from, step] of cases) {
      const next = nextAccreditationState(from, step);
      expect(next.ok, `${from} -> ${step}`).toBe(false);
      if (!next.ok) expect(next.reason).toMatch(/^The centre .+ now\.$/);
    }
  });

  it('lets a centre whose accreditation has run out apply again', () => {
    expect(nextAccreditationState('accredited', 'apply', true)).toEqual({
      ok: true,
      to: 'applied',
    });
  });
});

describe('isCurrentlyAccredited', () => {
  it('counts the end date itself, and nothing but accredited', () => {
    const s = { status: 'accredited', accreditedUntil: '2027-08-31' };
    expect(isCurrentlyAccredited(s, '2027-08-31')).toBe(true);
    expect(isCurrentlyAccredited(s, '2027-09-01')).toBe(false);
    expect(isCurrentlyAccredited({ ...s, status: 'suspended' }, '2027-01-01')).toBe(false);
    expect(isCurrentlyAccredited(undefined, '2027-01-01')).toBe(false);
  });
});
