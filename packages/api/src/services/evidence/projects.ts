import {
  type CentreScope,
  createProject,
  deleteProjectAtVersion,
  findProject,
  type ProjectFields,
  updateProjectAtVersion,
} from '@bacc/db';
import type { EvidenceRef, ProjectInput, SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';
import { checkQualificationGrade } from './catalogue-checks.ts';
import {
  addEvidence,
  type EvidenceStore,
  editEvidence,
  removeEvidence,
} from './evidence-writes.ts';

type Actor = Context & { user: SessionUser };
type Row = NonNullable<Awaited<ReturnType<typeof findProject>>>;

const projects: EvidenceStore<Row, ProjectFields> = {
  entity: 'project',
  what: 'That project',
  find: findProject,
  create: createProject,
  update: updateProjectAtVersion,
  remove: deleteProjectAtVersion,
};

const checked = (scope: CentreScope, input: ProjectInput) => async (db: Context['db']) => {
  // A centre-devised project has no qualification, so its grade is the centre's own words.
  if (input.qualificationId)
    await checkQualificationGrade(db, scope, 'project', input.qualificationId, input.grade);
  return {
    title: input.title,
    kind: input.kind,
    qualification_id: input.qualificationId,
    grade: input.grade,
    hours: input.hours,
  };
};

export const addProject = (ctx: Actor, scope: CentreScope, input: ProjectInput) =>
  addEvidence(ctx, scope, projects, input.learnerId, checked(scope, input));

export const editProject = (
  ctx: Actor,
  scope: CentreScope,
  ref: EvidenceRef,
  input: ProjectInput,
) => editEvidence(ctx, scope, projects, ref, input.learnerId, checked(scope, input));

export const removeProject = (ctx: Actor, scope: CentreScope, ref: EvidenceRef) =>
  removeEvidence(ctx, scope, projects, ref);
