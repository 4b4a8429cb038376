import { evidenceRefSchema, projectInputSchema } from '@bacc/schema';
import { z } from 'zod';
import { centreProcedure } from '../procedures.ts';
import { addProject, editProject, removeProject } from '../services/evidence/projects.ts';
import { router } from '../trpc.ts';

export const projectsRouter = router({
  create: centreProcedure
    .input(z.object({ project: projectInputSchema }))
    .mutation(({ ctx, input }) => addProject(ctx, ctx.scope, input.project)),
  update: centreProcedure
    .input(evidenceRefSchema.extend({ project: projectInputSchema }))
    .mutation(({ ctx, input }) => editProject(ctx, ctx.scope, input, input.project)),
  delete: centreProcedure
    .input(evidenceRefSchema)
    .mutation(({ ctx, input }) => removeProject(ctx, ctx.scope, input)),
});
