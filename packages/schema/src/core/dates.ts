import { z } from 'zod';

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string({ error: 'Date must be text in the form YYYY-MM-DD' })
  .trim()
  .refine(isCalendarDate, 'Enter a real date in the form YYYY-MM-DD');

export const leavingYearSchema = z.coerce
  .number({ error: 'Leaving year must be a year' })
  .int('Leaving year must be a whole year')
  .min(2000, 'Leaving year must be 2000 or later')
  .max(2100, 'Leaving year must be 2100 or earlier');

/** A learner's date of birth: a real date, between 4 and 30 years before the leaving year. */
export function dateOfBirthFits(dateOfBirth: string, leavingYear: number): boolean {
  const year = Number(dateOfBirth.slice(0, 4));
  return leavingYear - year >= 4 && leavingYear - year <= 30;
}
