import { z } from 'zod';
import { roleSchema } from './roles.ts';
import { emailSchema, personNameSchema, shortTextSchema, uuidSchema } from './text.ts';

export const trustSchema = z.object({
  id: uuidSchema,
  name: shortTextSchema('Trust name', 160),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{2,60}$/, 'Slug must be 2-60 lower-case letters, digits or hyphens'),
});
export type Trust = z.infer<typeof trustSchema>;

export const centreKinds = ['school', 'college', 'other'] as const;
export const centreKindSchema = z.enum(centreKinds, {
  error: 'Centre type must be school, college or other',
});

/** URN: the DfE's 6-digit Unique Reference Number of an establishment. */
export const urnSchema = z
  .string({ error: 'URN must be text' })
  .trim()
  .regex(/^\d{6}$/, 'URN must be the 6-digit DfE Unique Reference Number');

export const centreInputSchema = z.object({
  urn: urnSchema,
  name: shortTextSchema('Centre name', 160),
  kind: centreKindSchema,
  town: shortTextSchema('Town', 80).nullable().default(null),
});
export const centreSchema = centreInputSchema.extend({ id: uuidSchema, trustId: uuidSchema });
export type Centre = z.infer<typeof centreSchema>;

export const passwordSchema = z
  .string({ error: 'Password must be text' })
  .min(12, 'Password must be at least 12 characters')
  .max(256, 'Password must be 256 characters or fewer');

export const userInputSchema = z.object({
  email: emailSchema,
  displayName: personNameSchema,
  role: roleSchema,
  centreId: uuidSchema.nullable(),
});
export const userSchema = userInputSchema.extend({ id: uuidSchema, trustId: uuidSchema });
export type User = z.infer<typeof userSchema>;

/** What the API tells a front end about who is signed in. */
export const sessionUserSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  trustId: uuidSchema,
  trustName: z.string(),
  centreId: uuidSchema.nullable(),
  centreName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(256),
});
