import { z } from 'zod';

/** A key that names something in a framework: lower case, digits and underscores. */
export const frameworkKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*$/,
    'must be lower case letters, digits and underscores, starting with a letter',
  );

export const frameworkGradeSchema = z.strictObject({
  grade: z.string().min(1),
  label: z.string().optional(),
  points: z.number().finite(),
});

/** Grades listed best first, each with its points; grades below `lowestPass` are fails. */
export const frameworkGradeScaleSchema = z.strictObject({
  label: z.string().min(1),
  grades: z.array(frameworkGradeSchema).min(1),
  lowestPass: z.string().optional(),
});

/** A points table (such as the UCAS Tariff): points per grade, per grade scale. */
export const pointsTableSchema = z.strictObject({
  label: z.string().min(1),
  points: z.record(z.string(), z.record(z.string(), z.number().finite())),
});

/** A two-way table read by grade, such as the IB bonus-points matrix (TOK by EE). */
export const lookupTableSchema = z.strictObject({
  label: z.string().min(1),
  rowScale: z.string(),
  columnScale: z.string(),
  values: z.record(z.string(), z.record(z.string(), z.number().finite())),
});

export type FrameworkGrade = z.infer<typeof frameworkGradeSchema>;
export type FrameworkGradeScale = z.infer<typeof frameworkGradeScaleSchema>;
export type PointsTable = z.infer<typeof pointsTableSchema>;
export type LookupTable = z.infer<typeof lookupTableSchema>;
