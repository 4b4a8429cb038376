import { describe, expect, it } from 'vitest';
import { checkCode, formatAsTyped, groupCode } from './code.ts';

describe('checkCode', () => {
  it('accepts any case, spaces and dashes, and returns the grouped code', () => {
    expect(checkCode(' 7k3m 9qxd-2hwp–4tnb ')).toEqual({ ok: true, code: '7K3M-9QXD-2HWP-4TNB' });
  });
  it('reads O as zero and I or L as one', () => {
    expect(checkCode('OOOO-IIII-LLLL-1111')).toEqual({ ok: true, code: '0000-1111-1111-1111' });
  });
  it('asks for a code when empty', () => {
    expect(checkCode('  - ')).toEqual({ ok: false, message: 'Enter the verification code' });
  });
  it('names characters that never appear in codes', () => {
    const result = checkCode('7K3M-9QXD-2HWP-4TNU');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/“U”/);
  });
  it('says how many characters were entered when the length is wrong', () => {
    const result = checkCode('7K3M-9QXD-2HWP');
    expect(!result.ok && result.message).toMatch(/must be 16 characters.*You entered 12/);
  });
});

describe('groupCode', () => {
  it('groups in fours', () => {
    expect(groupCode('7K3M9QXD2')).toBe('7K3M-9QXD-2');
    expect(groupCode('')).toBe('');
  });
});

describe('formatAsTyped', () => {
  it('adds a dash after each group as the person types', () => {
    expect(formatAsTyped('7K3M', '7K3M9', 5)).toEqual({ value: '7K3M-9', caret: 6 });
    expect(formatAsTyped('', '7k', 2)).toEqual({ value: '7K', caret: 2 });
  });
  it('formats a pasted code', () => {
    expect(formatAsTyped('', '7k3m 9qxd 2hwp 4tnb', 19)).toEqual({
      value: '7K3M-9QXD-2HWP-4TNB',
      caret: 19,
    });
  });
  it('keeps the caret in place when editing in the middle', () => {
    // Insert "A" after "7K" in "7K3M-9QXD"
    expect(formatAsTyped('7K3M-9QXD', '7KA3M-9QXD', 3)).toEqual({ value: '7KA3-M9QX-D', caret: 3 });
  });
  it('Backspace over a dash deletes the character before it', () => {
    expect(formatAsTyped('7K3M-9', '7K3M9', 4)).toEqual({ value: '7K39', caret: 3 });
  });
});
