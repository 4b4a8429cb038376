import {
  importSessionInputSchema,
  importStageInputSchema,
  importStartInputSchema,
  importSuggestInputSchema,
} from '@bacc/schema';
import { centreProcedure } from '../procedures.ts';
import { commitImport } from '../services/import/commit.ts';
import { dryRunImport } from '../services/import/dry-run.ts';
import {
  listImportErrors,
  stageImportChunk,
  startImport,
  suggestImportMapping,
} from '../services/import/sessions.ts';
import { router } from '../trpc.ts';

/**
 * Bulk import from CSV: the browser parses the file, asks for a mapping, opens a session, sends
 * the rows in chunks (progress), asks for the dry run, then commits it in one transaction.
 */
export const importRouter = router({
  suggestMapping: centreProcedure
    .input(importSuggestInputSchema)
    // A mutation so a wide header row travels in the body, not a URL that could be too long.
    .mutation(({ ctx, input }) => suggestImportMapping(ctx, ctx.scope, input.kind, input.headers)),
  start: centreProcedure
    .input(importStartInputSchema)
    .mutation(({ ctx, input }) => startImport(ctx, ctx.scope, input)),
  stage: centreProcedure
    .input(importStageInputSchema)
    .mutation(({ ctx, input }) => stageImportChunk(ctx, ctx.scope, input.sessionId, input.rows)),
  dryRun: centreProcedure
    .input(importSessionInputSchema)
    .mutation(({ ctx, input }) => dryRunImport(ctx, ctx.scope, input.sessionId)),
  errors: centreProcedure
    .input(importSessionInputSchema)
    .query(({ ctx, input }) => listImportErrors(ctx, ctx.scope, input.sessionId)),
  commit: centreProcedure
    .input(importSessionInputSchema)
    .mutation(({ ctx, input }) => commitImport(ctx, ctx.scope, input.sessionId)),
});
