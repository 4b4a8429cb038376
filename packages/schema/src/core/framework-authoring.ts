import { z } from 'zod';

const versionId = z.uuid('Not a valid framework version identifier');

/** Where a new draft starts: empty, a copy of any version of the trust, or an engine fixture. */
export const frameworkDraftSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('blank'),
    name: z.string().trim().min(1, 'Give the framework a name').max(200),
  }),
  z.object({ kind: z.literal('copy'), versionId }),
  z.object({
    kind: z.literal('fixture'),
    fixtureId: z.string().min(1, 'Choose a starting framework'),
  }),
]);

export const frameworkVersionRefSchema = z.object({ versionId });

/** A draft's definition is saved as given, valid or not; publishing is what needs it valid. */
export const frameworkDraftSaveSchema = z.object({
  versionId,
  version: z.number().int().positive(),
  definition: z.unknown(),
});

export const frameworkPublishSchema = z.object({
  versionId,
  version: z.number().int().positive(),
});

export const frameworkDiffSchema = z.object({ fromId: versionId, toId: versionId });

/** Which learners an impact preview decides: the whole trust, or one centre and/or leaving year. */
export const impactPreviewStartSchema = z.object({
  versionId,
  centreId: z.uuid('Not a valid centre identifier').nullish(),
  leavingYear: z.number().int().min(2000).max(2100).nullish(),
});

export const impactPreviewRefSchema = z.object({
  previewId: z.uuid('Not a valid preview identifier'),
});

export type FrameworkDraftSource = z.infer<typeof frameworkDraftSourceSchema>;
export type ImpactPreviewStart = z.infer<typeof impactPreviewStartSchema>;
