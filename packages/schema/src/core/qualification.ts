import { z } from 'zod';
import { shortTextSchema, uuidSchema } from './text.ts';

/** A grade scale, grades listed from lowest to highest so order means attainment. */
export const gradeScaleSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/, 'Grade scale key must be lower-case letters, digits or _'),
  name: shortTextSchema('Grade scale name', 80),
  grades: z
    .array(z.string().trim().min(1).max(12))
    .min(1, 'A grade scale needs at least one grade')
    .refine((g) => new Set(g).size === g.length, 'Each grade may appear once in a scale'),
});
export type GradeScale = z.infer<typeof gradeScaleSchema>;

/** Ofqual qualification number, e.g. 603/2476/0 (three digits, four digits, one check character). */
export const qualificationNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{3}\/\d{4}\/[0-9X]$/, 'Qualification number must look like 603/2476/0');

export const qualificationCategories = ['general', 'technical'] as const;

export const qualificationInputSchema = z.object({
  qn: qualificationNumberSchema.nullable(),
  title: shortTextSchema('Title', 200),
  type: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Type must be lower-case letters, digits or _'),
  subject: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .nullable(),
  level: z
    .number()
    .int()
    .min(0, 'Level runs from 0 (entry) to 8')
    .max(8, 'Level runs from 0 (entry) to 8'),
  glh: z.number().int().min(0).max(5000).nullable(),
  tqt: z.number().int().min(0).max(10000).nullable(),
  sizeALevels: z.number().min(0).max(10).nullable(),
  category: z.enum(qualificationCategories, { error: 'Category must be general or technical' }),
  discountCode: z.string().trim().max(10).nullable(),
  gradeScale: gradeScaleSchema.shape.key,
});
export const qualificationSchema = qualificationInputSchema.extend({
  id: uuidSchema,
  trustId: uuidSchema,
});
export type Qualification = z.infer<typeof qualificationSchema>;

/** Checks a grade against the scale; returns a sentence for the user, or null when it fits. */
export function gradeProblem(grade: string, scale: GradeScale): string | null {
  if (scale.grades.includes(grade)) return null;
  return `Grade "${grade}" is not on the ${scale.name} scale (${scale.grades.join(', ')})`;
}
