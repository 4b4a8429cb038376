import { centreProcedure } from '../procedures.ts';
import { getCatalogue } from '../services/evidence/catalogue.ts';
import { router } from '../trpc.ts';

export const catalogueRouter = router({
  list: centreProcedure.query(({ ctx }) => getCatalogue(ctx, ctx.scope)),
});
