import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { centreInputSchema, passwordSchema, userInputSchema } from './organisation.ts';
import {
  gradeScaleSchema,
  qualificationCategories,
  qualificationInputSchema,
} from './qualification.ts';
import { roleSchema } from './roles.ts';
import { personNameSchema, shortTextSchema, uuidSchema } from './text.ts';

const versionSchema = z.number().int().min(1);

/** Catalogue filters: free text over title, QN and subject; type, level and category exactly. */
export const catalogueListInputSchema = z.object({
  search: z.string().trim().max(100).optional(),
  type: z.string().trim().max(40).optional(),
  level: z.number().int().min(0).max(8).optional(),
  category: z.enum(qualificationCategories).optional(),
});
export type CatalogueListInput = z.infer<typeof catalogueListInputSchema>;

export const qualificationEditSchema = z.object({
  qualificationId: uuidSchema,
  version: versionSchema,
  qualification: qualificationInputSchema,
});
export const qualificationRefSchema = z.object({
  qualificationId: uuidSchema,
  version: versionSchema,
});

export const gradeScaleEditSchema = z.object({
  key: gradeScaleSchema.shape.key,
  version: versionSchema,
  name: gradeScaleSchema.shape.name,
  grades: gradeScaleSchema.shape.grades,
});

/** A points table such as the UCAS Tariff: points for each grade, per grade scale key. */
export const pointsTableInputSchema = z.object({
  key: gradeScaleSchema.shape.key,
  name: shortTextSchema('Points table name', 80),
  points: z.record(
    gradeScaleSchema.shape.key,
    z.record(z.string().min(1).max(12), z.number().finite().min(0).max(1000)),
  ),
});
export type PointsTableInput = z.infer<typeof pointsTableInputSchema>;

export const catalogueImportInputSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  csv: z.string().max(5_000_000, 'The file is larger than 5 MB; split it into smaller files'),
});

export const centreAdminInputSchema = centreInputSchema.extend({
  address: shortTextSchema('Address', 300).nullable().default(null),
});
export type CentreAdminInput = z.infer<typeof centreAdminInputSchema>;

/** A threshold the centre's programme sets, by its JSON path in the national framework. */
export const programmeThresholdSchema = z.object({
  path: z.string().min(1).max(300),
  value: z.number().finite(),
});

/** A centre's own Bacc programme: a published national framework version, optionally stricter. */
export const centreProgrammeSchema = z.object({
  frameworkVersionId: uuidSchema,
  title: shortTextSchema('Programme title', 160),
  description: shortTextSchema('Programme description', 4000),
  thresholds: z.array(programmeThresholdSchema).max(200).default([]),
});
export type CentreProgramme = z.infer<typeof centreProgrammeSchema>;

export const accreditationActions = [
  'accredit',
  'renew',
  'suspend',
  'reinstate',
  'withdraw',
  'reject',
] as const;
export type AccreditationAction = (typeof accreditationActions)[number];

export const accreditationDecisionSchema = z.object({
  centreId: uuidSchema,
  version: versionSchema,
  action: z.enum(accreditationActions, { error: 'Choose what to do with the accreditation' }),
  until: isoDateSchema.optional(),
  note: z.string().trim().max(2000).optional(),
});

export const userInviteInputSchema = userInputSchema;
export const userAccessInputSchema = z.object({
  userId: uuidSchema,
  role: roleSchema,
  centreId: uuidSchema.nullable(),
  displayName: personNameSchema.optional(),
});
export const staffInviteInputSchema = userInputSchema.omit({ centreId: true, role: true }).extend({
  role: z.enum(['centre_admin', 'centre_staff'], {
    error: 'Role must be centre_admin or centre_staff',
  }),
});
export const userRefSchema = z.object({ userId: uuidSchema });

export const inviteTokenSchema = z
  .string({ error: 'The link is incomplete' })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'This link is not valid: copy the whole link and try again');
export const acceptInviteInputSchema = z.object({
  token: inviteTokenSchema,
  password: passwordSchema,
});

export type QualificationInput = z.infer<typeof qualificationInputSchema>;
