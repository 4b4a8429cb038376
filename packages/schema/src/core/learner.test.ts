import { describe, expect, it } from 'vitest';
import { formatVerificationCode, normaliseVerificationCode } from './award.ts';
import { isCalendarDate } from './dates.ts';
import { learnerInputSchema } from './learner.ts';
import { gradeProblem } from './qualification.ts';

const valid = {
  uln: '1000000043',
  upn: 'B801200005001',
  legalGivenName: 'Aisha',
  legalFamilyName: "O'Neill",
  preferredName: '',
  dateOfBirth: '2008-02-29',
  leavingYear: 2026,
};

describe('learnerInputSchema', () => {
  it('accepts a valid learner and turns blank optionals into null', () => {
    const parsed = learnerInputSchema.parse(valid);
    expect(parsed.preferredName).toBeNull();
  });

  it('names the field when the ULN is invalid', () => {
    const issue = learnerInputSchema.safeParse({ ...valid, uln: '1000000042' }).error?.issues[0];
    expect(issue?.path).toEqual(['uln']);
    expect(issue?.message).toMatch(/ULN check digit/);
  });

  it('refuses impossible dates and a birth date that does not fit the leaving year', () => {
    expect(learnerInputSchema.safeParse({ ...valid, dateOfBirth: '2007-02-29' }).success).toBe(
      false,
    );
    const issue = learnerInputSchema.safeParse({ ...valid, dateOfBirth: '2025-01-01' }).error
      ?.issues[0];
    expect(issue?.path).toEqual(['dateOfBirth']);
  });
});

describe('dates and grades', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
  });

  it('checks a grade against its scale', () => {
    const scale = { key: 'a_level', name: 'A level', grades: ['E', 'D', 'C', 'B', 'A', 'A*'] };
    expect(gradeProblem('A*', scale)).toBeNull();
    expect(gradeProblem('9', scale)).toMatch(/not on the A level scale/);
  });
});

describe('verification codes', () => {
  it('tolerates case, dashes, spaces and O/0, I/L/1 confusions', () => {
    expect(normaliseVerificationCode('7k3m-9qxd 2hwp-4tnb')).toBe('7K3M9QXD2HWP4TNB');
    expect(normaliseVerificationCode('OOOO-IIII-LLLL-1111')).toBe('0000111111111111');
  });
  it('refuses malformed codes', () => {
    expect(normaliseVerificationCode('7K3M-9QXD-2HWP')).toBeNull();
    expect(normaliseVerificationCode('7K3M-9QXD-2HWP-4TNU')).toBeNull();
  });
  it('formats in groups of four', () => {
    expect(formatVerificationCode('7K3M9QXD2HWP4TNB')).toBe('7K3M-9QXD-2HWP-4TNB');
  });
});
