import {
  catalogueImportInputSchema,
  catalogueListInputSchema,
  gradeScaleEditSchema,
  gradeScaleSchema,
  pointsTableInputSchema,
  qualificationEditSchema,
  qualificationInputSchema,
  qualificationRefSchema,
  uuidSchema,
} from '@bacc/schema';
import { z } from 'zod';
import { trustProcedure } from '../procedures.ts';
import { commitCatalogueImport, previewCatalogueImport } from '../services/catalogue/csv-import.ts';
import {
  addGradeScale,
  editGradeScale,
  listScalesAndPoints,
  savePointsTable,
} from '../services/catalogue/grade-scales.ts';
import {
  addQualification,
  editQualification,
  getQualification,
  listCatalogue,
  removeQualification,
} from '../services/catalogue/qualifications.ts';
import { router } from '../trpc.ts';

export const trustCatalogueRouter = router({
  list: trustProcedure
    .input(catalogueListInputSchema)
    .query(({ ctx, input }) => listCatalogue(ctx, ctx.scope, input)),
  get: trustProcedure
    .input(z.object({ qualificationId: uuidSchema }))
    .query(({ ctx, input }) => getQualification(ctx, ctx.scope, input.qualificationId)),
  create: trustProcedure
    .input(z.object({ qualification: qualificationInputSchema }))
    .mutation(({ ctx, input }) => addQualification(ctx, ctx.scope, input.qualification)),
  update: trustProcedure
    .input(qualificationEditSchema)
    .mutation(({ ctx, input }) =>
      editQualification(ctx, ctx.scope, input.qualificationId, input.version, input.qualification),
    ),
  delete: trustProcedure
    .input(qualificationRefSchema)
    .mutation(({ ctx, input }) =>
      removeQualification(ctx, ctx.scope, input.qualificationId, input.version),
    ),
  scales: router({
    list: trustProcedure.query(({ ctx }) => listScalesAndPoints(ctx, ctx.scope)),
    create: trustProcedure
      .input(z.object({ scale: gradeScaleSchema }))
      .mutation(({ ctx, input }) => addGradeScale(ctx, ctx.scope, input.scale)),
    update: trustProcedure
      .input(gradeScaleEditSchema)
      .mutation(({ ctx, input }) => editGradeScale(ctx, ctx.scope, input)),
    savePoints: trustProcedure
      .input(
        z.object({ table: pointsTableInputSchema, version: z.number().int().min(1).optional() }),
      )
      .mutation(({ ctx, input }) =>
        savePointsTable(ctx, ctx.scope, { ...input.table, version: input.version }),
      ),
  }),
  import: router({
    preview: trustProcedure
      .input(catalogueImportInputSchema)
      .mutation(({ ctx, input }) => previewCatalogueImport(ctx, ctx.scope, input.csv)),
    commit: trustProcedure
      .input(catalogueImportInputSchema)
      .mutation(({ ctx, input }) => commitCatalogueImport(ctx, ctx.scope, input)),
  }),
});
