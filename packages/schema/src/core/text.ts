import { z } from 'zod';

// Letters and combining marks from any script, joined by single spaces, apostrophes or hyphens.
const NAME_PATTERN = /^[\p{L}\p{M}]+(?:(?:[ '’‐-]|\. ?)[\p{L}\p{M}]+)*\.?$/u;

/** A person's name part: any Unicode letters, with apostrophes, hyphens and spaces between them. */
export const personNameSchema = z
  .string({ error: 'Name must be text' })
  .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Name is required')
      .max(100, 'Name must be 100 characters or fewer')
      .regex(NAME_PATTERN, 'Name may contain letters, spaces, apostrophes and hyphens only'),
  );

export const emailSchema = z
  .string({ error: 'Email must be text' })
  .trim()
  .toLowerCase()
  .max(254, 'Email must be 254 characters or fewer')
  .pipe(z.email('Enter an email address like name@example.org'));

export const uuidSchema = z.uuid('Not a valid identifier');

/** Free text typed by staff: trimmed, bounded, no control characters. */
export const shortTextSchema = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((v) => !/\p{Cc}/u.test(v), `${label} contains characters that cannot be stored`);
