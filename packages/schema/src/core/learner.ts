import { z } from 'zod';
import { decisionKeySchema } from './cohort.ts';
import { dateOfBirthFits, isoDateSchema, leavingYearSchema } from './dates.ts';
import { ulnSchema, upnSchema } from './identifiers.ts';
import { personNameSchema, uuidSchema } from './text.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

export const learnerInputSchema = z
  .object({
    uln: optional(ulnSchema),
    upn: optional(upnSchema),
    legalGivenName: personNameSchema,
    legalFamilyName: personNameSchema,
    preferredName: optional(personNameSchema),
    dateOfBirth: isoDateSchema,
    leavingYear: leavingYearSchema,
  })
  .refine((l) => dateOfBirthFits(l.dateOfBirth, l.leavingYear), {
    message: 'Date of birth does not fit the leaving year: check both',
    path: ['dateOfBirth'],
  });
export type LearnerInput = z.infer<typeof learnerInputSchema>;

export const learnerSchema = z.object({
  id: uuidSchema,
  trustId: uuidSchema,
  centreId: uuidSchema,
  uln: z.string().nullable(),
  upn: z.string().nullable(),
  legalGivenName: z.string(),
  legalFamilyName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  leavingYear: z.number().int(),
  version: z.number().int(),
});
export type Learner = z.infer<typeof learnerSchema>;

export const learnerListInputSchema = z.object({
  centreId: uuidSchema,
  search: z.string().trim().max(100).optional(),
  leavingYear: z.number().int().min(2000).max(2100).optional(),
  /** A tier id, or "none" for learners with no award yet. */
  tier: decisionKeySchema.optional(),
  /** A component the learner still needs for their next tier. */
  missing: decisionKeySchema.optional(),
  pathway: decisionKeySchema.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
