import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { shortTextSchema } from './text.ts';

export const destinationCheckpoints = [
  'at_leaving',
  'six_months',
  'one_year',
  'two_years',
] as const;
export const destinationCheckpointSchema = z.enum(destinationCheckpoints, {
  error: 'Choose a checkpoint: at leaving, six months, one year or two years',
});
export type DestinationCheckpoint = z.infer<typeof destinationCheckpointSchema>;

export const destinationKinds = [
  'education',
  'apprenticeship',
  'employment',
  'neet',
  'unknown',
] as const;
export const destinationKindSchema = z.enum(destinationKinds, {
  error: 'Choose where the learner went',
});
export type DestinationKind = z.infer<typeof destinationKindSchema>;

/** Kinds that the DfE counts towards a "sustained" destination. */
export const SUSTAINABLE_KINDS: readonly DestinationKind[] = [
  'education',
  'apprenticeship',
  'employment',
];

const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null)),
    shortTextSchema(label, max).nullable(),
  );

export const destinationInputSchema = z
  .object({
    kind: destinationKindSchema,
    provider: optionalText('Provider or employer', 200),
    // DfE: in the activity for the first two terms after leaving (October to March).
    sustained: z.boolean({ error: 'Say whether the destination was sustained' }).nullable(),
    recordedOn: isoDateSchema,
    notes: optionalText('Notes', 2000),
  })
  .refine((d) => d.sustained !== true || SUSTAINABLE_KINDS.includes(d.kind), {
    message: 'Only education, an apprenticeship or employment can be sustained',
    path: ['sustained'],
  })
  .refine((d) => d.recordedOn <= new Date().toISOString().slice(0, 10), {
    message: 'The date recorded cannot be in the future',
    path: ['recordedOn'],
  });
export type DestinationInput = z.infer<typeof destinationInputSchema>;
