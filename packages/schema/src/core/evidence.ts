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
export const activityInputSchema = z
  .object({
    learnerId: uuidSchema,
    strand: z.enum(activityStrands, {
      error: 'Strand must be Leadership & Service, Creative & Cultural or Physical & Outdoor',
    }),
    hours: z
      .number()
      .positive('Hours must be more than 0')
      .max(2000, 'Hours must be 2000 or fewer'),
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
export const projectInputSchema = z.object({
  learnerId: uuidSchema,
  title: shortTextSchema('Project title', 300),
  kind: z.enum(projectKinds, { error: 'Project kind must be EPQ, accredited or centre-devised' }),
  qualificationId: uuidSchema.nullable(),
  grade: z.string().trim().max(12).nullable(),
  hours: z
    .number()
    .min(0, 'Hours cannot be negative')
    .max(1000, 'Hours must be 1000 or fewer')
    .nullable(),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
