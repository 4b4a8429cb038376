import { learnerInputSchema, learnerListInputSchema, uuidSchema } from '@bacc/schema';
import { z } from 'zod';
import { centreProcedure } from '../procedures.ts';
import { getLearnerRecord } from '../services/evidence/learner-record.ts';
import {
  addLearner,
  editLearner,
  getLearner,
  listCentreLearners,
  removeLearner,
} from '../services/learners.ts';
import { router } from '../trpc.ts';
import { activitiesRouter } from './activities.ts';
import { centreAuditRouter } from './audit.ts';
import { centreAwardsRouter } from './awards.ts';
import { catalogueRouter } from './catalogue.ts';
import { centreAccreditationRouter, centreStaffRouter } from './centre-admin.ts';
import { centreFrameworksRouter, cohortsRouter } from './cohorts.ts';
import { centreDataProtectionRouter } from './data-protection.ts';
import { destinationsRouter } from './destinations.ts';
import { importRouter } from './import.ts';
import { projectsRouter } from './projects.ts';
import { resultsRouter } from './results.ts';
import { centreSubmissionsRouter } from './submissions.ts';

const learnerRef = z.object({ learnerId: uuidSchema });
const versioned = learnerRef.extend({ version: z.number().int().min(1) });

export const centreRouter = router({
  import: importRouter,
  learners: router({
    list: centreProcedure
      .input(learnerListInputSchema.omit({ centreId: true }))
      .query(({ ctx, input }) => listCentreLearners(ctx, ctx.scope, input)),
    get: centreProcedure
      .input(learnerRef)
      .query(({ ctx, input }) => getLearner(ctx, ctx.scope, input.learnerId)),
    record: centreProcedure
      .input(learnerRef)
      .query(({ ctx, input }) => getLearnerRecord(ctx, ctx.scope, input.learnerId)),
    create: centreProcedure
      .input(z.object({ learner: learnerInputSchema }))
      .mutation(({ ctx, input }) => addLearner(ctx, ctx.scope, input.learner)),
    update: centreProcedure
      .input(versioned.extend({ learner: learnerInputSchema }))
      .mutation(({ ctx, input }) =>
        editLearner(ctx, ctx.scope, input.learnerId, input.version, input.learner),
      ),
    delete: centreProcedure
      .input(versioned)
      .mutation(({ ctx, input }) => removeLearner(ctx, ctx.scope, input.learnerId, input.version)),
  }),
  catalogue: catalogueRouter,
  results: resultsRouter,
  projects: projectsRouter,
  activities: activitiesRouter,
  accreditation: centreAccreditationRouter,
  staff: centreStaffRouter,
  cohorts: cohortsRouter,
  frameworks: centreFrameworksRouter,
  submissions: centreSubmissionsRouter,
  destinations: destinationsRouter,
  audit: centreAuditRouter,
  awards: centreAwardsRouter,
  dataProtection: centreDataProtectionRouter,
});
