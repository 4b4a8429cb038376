import {
  type CentreScope,
  createResult,
  deleteResultAtVersion,
  findResult,
  type ResultFields,
  updateResultAtVersion,
} from '@bacc/db';
import type { EvidenceRef, ResultInput, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { checkQualificationGrade } from './catalogue-checks.ts';
import {
  addEvidence,
  type EvidenceStore,
  editEvidence,
  removeEvidence,
} from './evidence-writes.ts';

type Actor = Context & { user: SessionUser };
type Row = NonNullable<Awaited<ReturnType<typeof findResult>>>;

const results: EvidenceStore<Row, ResultFields> = {
  entity: 'result',
  what: 'That result',
  find: findResult,
  create: createResult,
  update: updateResultAtVersion,
  remove: deleteResultAtVersion,
};

const checked = (scope: CentreScope, input: ResultInput) => async (db: Context['db']) => {
  await checkQualificationGrade(db, scope, 'result', input.qualificationId, input.grade);
  return {
    qualification_id: input.qualificationId,
    grade: input.grade,
    status: input.status,
    awarded_on: input.awardedOn,
  };
};

export const addResult = (ctx: Actor, scope: CentreScope, input: ResultInput) =>
  addEvidence(ctx, scope, results, input.learnerId, checked(scope, input));

export const editResult = (ctx: Actor, scope: CentreScope, ref: EvidenceRef, input: ResultInput) =>
  editEvidence(ctx, scope, results, ref, input.learnerId, checked(scope, input));

export const removeResult = (ctx: Actor, scope: CentreScope, ref: EvidenceRef) =>
  removeEvidence(ctx, scope, results, ref);
