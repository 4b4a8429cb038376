import {
  frameworkDiffSchema,
  frameworkDraftSaveSchema,
  frameworkDraftSourceSchema,
  frameworkPublishSchema,
  frameworkVersionRefSchema,
  impactPreviewRefSchema,
  impactPreviewStartSchema,
} from '@bacc/schema';
import { z } from 'zod';
import { trustProcedure } from '../procedures.ts';
import * as frameworks from '../services/frameworks/index.ts';
import { router } from '../trpc.ts';

/** Framework authoring for trust admins: versions, drafts, publish, retire, diff, impact preview. */
export const trustFrameworksRouter = router({
  list: trustProcedure.query(({ ctx }) => frameworks.listVersions(ctx, ctx.scope)),
  fixtures: trustProcedure.query(() => frameworks.listFixtures()),
  get: trustProcedure
    .input(frameworkVersionRefSchema)
    .query(({ ctx, input }) => frameworks.getVersion(ctx, ctx.scope, input.versionId)),
  createDraft: trustProcedure
    .input(z.object({ source: frameworkDraftSourceSchema }))
    .mutation(({ ctx, input }) => frameworks.createDraft(ctx, ctx.scope, input.source)),
  saveDraft: trustProcedure
    .input(frameworkDraftSaveSchema)
    .mutation(({ ctx, input }) =>
      frameworks.saveDraft(ctx, ctx.scope, input.versionId, input.version, input.definition),
    ),
  discardDraft: trustProcedure
    .input(frameworkPublishSchema)
    .mutation(({ ctx, input }) =>
      frameworks.discardDraft(ctx, ctx.scope, input.versionId, input.version),
    ),
  publish: trustProcedure
    .input(frameworkPublishSchema)
    .mutation(({ ctx, input }) =>
      frameworks.publishDraft(ctx, ctx.scope, input.versionId, input.version),
    ),
  retire: trustProcedure
    .input(frameworkVersionRefSchema)
    .mutation(({ ctx, input }) => frameworks.retireVersion(ctx, ctx.scope, input.versionId)),
  diff: trustProcedure
    .input(frameworkDiffSchema)
    .query(({ ctx, input }) => frameworks.diffVersions(ctx, ctx.scope, input.fromId, input.toId)),
  impact: router({
    start: trustProcedure
      .input(impactPreviewStartSchema)
      .mutation(({ ctx, input }) => frameworks.startImpactPreview(ctx, ctx.scope, input)),
    get: trustProcedure
      .input(impactPreviewRefSchema)
      .query(({ ctx, input }) => frameworks.getImpactPreview(ctx, ctx.scope, input.previewId)),
  }),
});
