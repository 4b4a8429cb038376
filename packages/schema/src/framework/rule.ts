import { z } from 'zod';
import { evidenceFilterSchema, evidenceSources } from './evidence-filter.ts';
import type { ConditionRule, MeasureRule, SetRule } from './rule-types.ts';

const base = {
  label: z.string().min(1).optional(),
  illustrative: z.boolean().optional(),
};
const rankingField = z.enum(['points', 'size', 'hours', 'glh']);
const name = z.string().min(1);

export const setRuleSchema: z.ZodType<SetRule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      ...base,
      kind: z.literal('evidence'),
      from: z.enum(evidenceSources),
      where: evidenceFilterSchema.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('best'),
      n: z.number().int().min(1),
      of: setRuleSchema,
      by: rankingField.optional(),
      pointsTable: name.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('cap'),
      of: setRuleSchema,
      where: evidenceFilterSchema,
      max: z.number().int().min(0),
      by: rankingField.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('discount'),
      of: setRuleSchema,
      by: rankingField.optional(),
    }),
    z.strictObject({ ...base, kind: z.literal('union'), of: z.array(setRuleSchema).min(1) }),
    z.strictObject({
      ...base,
      kind: z.literal('without'),
      of: setRuleSchema,
      remove: setRuleSchema,
      matchOn: z.enum(['id', 'subject']),
    }),
    z.strictObject({ ...base, kind: z.literal('set'), name }),
  ]),
);

export const measureRuleSchema: z.ZodType<MeasureRule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ ...base, kind: z.literal('count'), of: setRuleSchema }),
    z.strictObject({
      ...base,
      kind: z.literal('sum'),
      of: setRuleSchema,
      field: z.enum(['points', 'size', 'hours', 'glh', 'tqt']),
      pointsTable: name.optional(),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('countMet'),
      of: z.array(conditionRuleSchema).min(1),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('weighted'),
      parts: z
        .array(z.strictObject({ weight: z.number().finite(), measure: measureRuleSchema }))
        .min(1),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('lookup'),
      table: name,
      row: setRuleSchema,
      column: setRuleSchema,
    }),
    z.strictObject({ ...base, kind: z.literal('total'), of: z.array(measureRuleSchema).min(1) }),
    z.strictObject({ ...base, kind: z.literal('measure'), name }),
  ]),
);

export const conditionRuleSchema: z.ZodType<ConditionRule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      ...base,
      kind: z.literal('compare'),
      measure: measureRuleSchema,
      op: z.enum(['atLeast', 'atMost', 'moreThan', 'lessThan', 'exactly']),
      value: z.number().finite(),
    }),
    z.strictObject({ ...base, kind: z.literal('all'), of: z.array(conditionRuleSchema).min(1) }),
    z.strictObject({ ...base, kind: z.literal('any'), of: z.array(conditionRuleSchema).min(1) }),
    z.strictObject({
      ...base,
      kind: z.literal('atLeastOf'),
      k: z.number().int().min(1),
      of: z.array(conditionRuleSchema).min(1),
    }),
    z.strictObject({ ...base, kind: z.literal('not'), rule: conditionRuleSchema }),
    z.strictObject({
      ...base,
      kind: z.literal('every'),
      of: setRuleSchema,
      where: evidenceFilterSchema,
      allowEmpty: z.boolean().optional(),
    }),
    z.strictObject({ ...base, kind: z.literal('flag'), flag: name }),
    z.strictObject({ ...base, kind: z.literal('condition'), name }),
  ]),
);
