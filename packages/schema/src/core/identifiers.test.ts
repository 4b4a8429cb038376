import { describe, expect, it } from 'vitest';
import { isValidUln, isValidUpn, ulnSchema, upnCheckLetter, upnSchema } from './identifiers.ts';

/** Builds a valid ULN from nine digits by the ULN check-digit rule. */
function withUlnCheckDigit(nine: string): string | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 10 - (sum % 11);
  return check === 10 ? null : `${nine}${check}`;
}

describe('ULN', () => {
  it('accepts numbers whose weighted sum mod 11 is 10', () => {
    expect(isValidUln('1000000043')).toBe(true);
    expect(isValidUln('9999999999')).toBe(false);
  });

  it('detects every single-digit substitution in generated ULNs', () => {
    let checked = 0;
    for (let seed = 100_000_000; seed < 999_999_999; seed += 7_654_321) {
      const uln = withUlnCheckDigit(String(seed));
      if (!uln) continue;
      expect(isValidUln(uln)).toBe(true);
      for (let pos = 0; pos < 10; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === uln[pos]) continue;
          const altered = uln.slice(0, pos) + d + uln.slice(pos + 1);
          expect(isValidUln(altered)).toBe(false);
        }
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('rejects a leading zero and wrong lengths with messages a person can act on', () => {
    expect(ulnSchema.safeParse('0123456789').error?.issues[0]?.message).toMatch(
      /cannot start with 0/,
    );
    expect(ulnSchema.safeParse('12345').error?.issues[0]?.message).toMatch(/exactly 10 digits/);
    expect(ulnSchema.safeParse('1000000042').error?.issues[0]?.message).toMatch(/check digit/);
    expect(ulnSchema.parse(' 10000 00043 ')).toBe('1000000043');
  });
});

describe('UPN (DfE standard v2.0: weights 2..13, mod 23, no I/O/S)', () => {
  it('accepts numbers whose check letter follows the official table', () => {
    expect(isValidUpn('B801200005001')).toBe(true);
    // 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266; 266 mod 23 = 13 = P in the DfE table.
    // (A widely copied support-page example says Q here: its arithmetic is wrong.)
    expect(upnCheckLetter('207000016049')).toBe('P');
    expect(isValidUpn('P207000016049')).toBe(true);
    expect(isValidUpn('Q207000016049')).toBe(false);
  });

  it('rejects a wrong check letter', () => {
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(isValidUpn('B207000016049')).toBe(false);
    expect(isValidUpn('S801200005001')).toBe(false);
  });

  it('values a temporary UPN final letter by the check-letter table', () => {
    // 20700001604 then A (value 0): sum = 266 - 9x13 = 149, 149 mod 23 = 11 -> M
    expect(upnCheckLetter('20700001604A')).toBe('M');
    expect(isValidUpn('M20700001604A')).toBe(true);
    expect(upnCheckLetter('20700001604I')).toBeNull();
  });

  it('normalises case and spaces and explains failures', () => {
    expect(upnSchema.parse('b8012 0000 5001')).toBe('B801200005001');
    expect(upnSchema.safeParse('B80120000500').error?.issues[0]?.message).toMatch(/13 characters/);
    expect(upnSchema.safeParse('A801200005001').error?.issues[0]?.message).toMatch(/check letter/);
  });
});
