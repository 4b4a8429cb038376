import {
  type ActivityFields,
  type CentreScope,
  createActivity,
  deleteActivityAtVersion,
  findActivity,
  updateActivityAtVersion,
} from '@bacc/db';
import type { ActivityInput, EvidenceRef, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import {
  addEvidence,
  type EvidenceStore,
  editEvidence,
  removeEvidence,
} from './evidence-writes.ts';

type Actor = Context & { user: SessionUser };
type Row = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

const activities: EvidenceStore<Row, ActivityFields> = {
  entity: 'activity',
  what: 'That activity',
  find: findActivity,
  create: createActivity,
  update: updateActivityAtVersion,
  remove: deleteActivityAtVersion,
};

const fields = (input: ActivityInput) => async () => ({
  strand: input.strand,
  hours: input.hours,
  started_on: input.startedOn,
  ended_on: input.endedOn,
  description: input.description,
  verified_by: input.verifiedBy,
});

export const addActivity = (ctx: Actor, scope: CentreScope, input: ActivityInput) =>
  addEvidence(ctx, scope, activities, input.learnerId, fields(input));

export const editActivity = (
  ctx: Actor,
  scope: CentreScope,
  ref: EvidenceRef,
  input: ActivityInput,
) => editEvidence(ctx, scope, activities, ref, input.learnerId, fields(input));

export const removeActivity = (ctx: Actor, scope: CentreScope, ref: EvidenceRef) =>
  removeEvidence(ctx, scope, activities, ref);
