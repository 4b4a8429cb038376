import { z } from 'zod';

/** ULN: 10 digits, first not 0; sum of digit x weight (10 down to 1) mod 11 must be 10. */
export function isValidUln(value: string): boolean {
  if (!/^[1-9]\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(value[i]) * (10 - i);
  return sum % 11 === 10;
}

// The DfE check-letter alphabet: A..Z without I, O and S, so 23 letters for mod 23.
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Check letter for the 12 characters after position 1 (positions 2..13 weighted 2..13). */
export function upnCheckLetter(rest: string): string | null {
  if (!/^\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/.test(rest)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest[i]!;
    // A temporary UPN ends in a letter, valued by its place in the same alphabet.
    const value = i === 11 && /[A-Z]/.test(ch) ? UPN_LETTERS.indexOf(ch) : Number(ch);
    sum += value * (i + 2);
  }
  return UPN_LETTERS[sum % 23]!;
}

/** UPN: 13 characters, check letter first (DfE UPN standard v2.0), temporary UPNs end in a letter. */
export function isValidUpn(value: string): boolean {
  if (value.length !== 13) return false;
  return upnCheckLetter(value.slice(1)) === value[0];
}

const stripSpaces = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v);

export const ulnSchema = z.preprocess(
  stripSpaces,
  z
    .string({ error: 'ULN must be text' })
    .regex(/^\d{10}$/, 'ULN must be exactly 10 digits')
    .refine((v) => v[0] !== '0', 'ULN cannot start with 0')
    .refine(isValidUln, 'ULN check digit is wrong: please re-check the number'),
);

export const upnSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v),
  z
    .string({ error: 'UPN must be text' })
    .regex(
      /^[A-Z]\d{11}[0-9A-Z]$/,
      'UPN must be 13 characters: a letter, 11 digits, then a digit (or a letter for a temporary UPN)',
    )
    .refine(isValidUpn, 'UPN check letter is wrong: please re-check the number'),
);
