import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { shortTextSchema, uuidSchema } from './text.ts';

export const resultStatuses = ['provisional', 'confirmed'] as const;
export const resultInputSchema = z.object({
  learnerId: uuidSchema,
  qualificationId: uuidSchema,
  grade: z.string().trim().min(1, 'Grade is required').max(12),
  status: z.enum(resultStatuses, { error: 'Status must be provisional or confirmed' }),
  awardedOn: isoDateSchema.nullable(),
});
export type ResultInput = z.infer<typeof resultInputSchema>;

export const activityStrands = [
  'leadership_service',
  'creative_cultural',
  'physical_outdoor',
] as const;
export type ActivityStrand = (typeof activityStrands)[number];
/** The strands in the award's own words. */
export const strandNames: Record<ActivityStrand, string> = {
  leadership_service: 'Leadership & Service',
  creative_cultural: 'Creative & Cultural',
  physical_outdoor: 'Physical & Outdoor',
};

export const activityInputSchema = z
  .object({
    learnerId: uuidSchema,
    strand: z.enum(activityStrands, {
      error: 'Strand must be Leadership & Service, Creative & Cultural or Physical & Outdoor',
    }),
    hours: z
      .number({ error: 'Hours must be a number' })
      .positive('Hours must be more than 0')
      .max(2000, 'Hours must be 2000 or fewer')
      .refine((h) => Math.round(h * 100) === h * 100, 'Hours may have at most two decimal places'),
    startedOn: isoDateSchema.nullable(),
    endedOn: isoDateSchema.nullable(),
    description: shortTextSchema('Description', 500),
    verifiedBy: shortTextSchema('Verified by', 120).nullable(),
  })
  .refine((a) => !a.startedOn || !a.endedOn || a.startedOn <= a.endedOn, {
    message: 'The end date is before the start date',
    path: ['endedOn'],
  });
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const projectKinds = ['epq', 'accredited', 'centre_devised'] as const;
export type ProjectKind = (typeof projectKinds)[number];
export const projectKindNames: Record<ProjectKind, string> = {
  epq: 'Extended Project Qualification',
  accredited: 'Another accredited project',
  centre_devised: 'Centre-devised project',
};

export const projectInputSchema = z
  .object({
    learnerId: uuidSchema,
    title: shortTextSchema('Project title', 300),
    kind: z.enum(projectKinds, {
      error: 'Project kind must be EPQ, accredited or centre-devised',
    }),
    qualificationId: uuidSchema.nullable(),
    grade: z
      .string()
      .trim()
      .max(12)
      .nullable()
      .transform((g) => (g === '' ? null : g)),
    hours: z
      .number({ error: 'Hours must be a number' })
      .min(0, 'Hours cannot be negative')
      .max(1000, 'Hours must be 1000 or fewer')
      .nullable(),
  })
  .refine((p) => p.kind === 'centre_devised' || p.qualificationId !== null, {
    message: 'Choose the qualification for an EPQ or accredited project',
    path: ['qualificationId'],
  })
  .refine((p) => p.kind !== 'centre_devised' || p.qualificationId === null, {
    message: 'A centre-devised project has no qualification',
    path: ['qualificationId'],
  })
  .refine((p) => p.kind !== 'centre_devised' || p.hours !== null, {
    message: 'Enter the hours a centre-devised project took',
    path: ['hours'],
  });
export type ProjectInput = z.infer<typeof projectInputSchema>;

/** Evidence is edited at the version the editor saw, so a stale save is refused, never merged. */
export const versionSchema = z.number().int().min(1, 'Not a valid version');
export const evidenceRefSchema = z.object({ id: uuidSchema, version: versionSchema });
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/**
 * A grade checked against the scale of the qualification it is for: null when it fits, or the
 * problem as a field-named issue both the browser and the server can show beside the field.
 */
export function gradeOnScaleIssue(
  grade: string | null,
  scale: { name: string; grades: readonly string[] } | undefined,
): { path: ['grade']; message: string } | null {
  if (grade === null || !scale) return null;
  if (scale.grades.includes(grade)) return null;
  return {
    path: ['grade'],
    message: `Grade "${grade}" is not on the ${scale.name} scale (${scale.grades.join(', ')})`,
  };
}
