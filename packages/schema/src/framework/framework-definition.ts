import { z } from 'zod';
import { conditionRuleSchema, measureRuleSchema, setRuleSchema } from './rule.ts';
import {
  frameworkGradeScaleSchema,
  frameworkKeySchema,
  lookupTableSchema,
  pointsTableSchema,
} from './tables.ts';

export const frameworkComponentSchema = z.strictObject({
  id: frameworkKeySchema,
  name: z.string().min(1),
  description: z.string().optional(),
});

/** Pathways are tried in order; the first whose `when` holds (or has none) is the learner's. */
export const frameworkPathwaySchema = z.strictObject({
  id: frameworkKeySchema,
  name: z.string().min(1),
  description: z.string().optional(),
  when: conditionRuleSchema.optional(),
});

/** A named failing condition: when `when` holds, the award (or tier) is refused with `code`. */
export const failingConditionSchema = z.strictObject({
  code: z.string().min(1),
  description: z.string().min(1),
  when: conditionRuleSchema,
});

export const tierRequirementSchema = z.strictObject({
  component: frameworkKeySchema,
  rule: conditionRuleSchema,
  /** Only learners on these pathways must meet this requirement. */
  pathways: z.array(frameworkKeySchema).min(1).optional(),
  note: z.string().optional(),
});

/** Award grades are tried best first; the first whose `when` holds (or has none) is given. */
export const awardGradeSchema = z.strictObject({
  id: frameworkKeySchema,
  name: z.string().min(1),
  when: conditionRuleSchema.optional(),
});

export const frameworkTierSchema = z.strictObject({
  id: frameworkKeySchema,
  name: z.string().min(1),
  description: z.string().optional(),
  requirements: z.array(tierRequirementSchema),
  failingConditions: z.array(failingConditionSchema).optional(),
  awardGrades: z.array(awardGradeSchema).min(1).optional(),
});

export const frameworkScoreSchema = z.strictObject({
  label: z.string().min(1),
  measure: measureRuleSchema,
});

/**
 * A framework version: all an awarding trust needs to decide an award, as data. Tiers are
 * listed highest first and tried from the top; the highest met is awarded.
 */
export const frameworkDefinitionSchema = z.strictObject({
  id: frameworkKeySchema,
  version: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  source: z.string().optional(),
  notes: z.array(z.string()).optional(),
  gradeScales: z.record(frameworkKeySchema, frameworkGradeScaleSchema),
  pointsTables: z.record(frameworkKeySchema, pointsTableSchema).optional(),
  lookupTables: z.record(frameworkKeySchema, lookupTableSchema).optional(),
  sets: z.record(frameworkKeySchema, setRuleSchema).optional(),
  measures: z.record(frameworkKeySchema, measureRuleSchema).optional(),
  conditions: z.record(frameworkKeySchema, conditionRuleSchema).optional(),
  components: z.array(frameworkComponentSchema).min(1),
  pathways: z.array(frameworkPathwaySchema).optional(),
  tiers: z.array(frameworkTierSchema).min(1),
  failingConditions: z.array(failingConditionSchema).optional(),
  score: frameworkScoreSchema.optional(),
});

export type FrameworkComponent = z.infer<typeof frameworkComponentSchema>;
export type FrameworkPathway = z.infer<typeof frameworkPathwaySchema>;
export type FailingCondition = z.infer<typeof failingConditionSchema>;
export type TierRequirement = z.infer<typeof tierRequirementSchema>;
export type AwardGrade = z.infer<typeof awardGradeSchema>;
export type FrameworkTier = z.infer<typeof frameworkTierSchema>;
export type FrameworkScore = z.infer<typeof frameworkScoreSchema>;
export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;
