import type { Insertable } from 'kysely';
import type { ProjectTable } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export const projectColumns = [
  'id',
  'learner_id as learnerId',
  'title',
  'kind',
  'qualification_id as qualificationId',
  'grade',
  'hours',
  'version',
] as const;

export type ProjectFields = Pick<
  Insertable<ProjectTable>,
  'title' | 'kind' | 'qualification_id' | 'grade' | 'hours'
>;

export function findProject(db: Db, scope: CentreScope, projectId: string) {
  return db
    .selectFrom('projects')
    .select(projectColumns)
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', projectId)
    .executeTakeFirst();
}

export function createProject(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  fields: ProjectFields,
) {
  return db
    .insertInto('projects')
    .values({
      ...fields,
      learner_id: learnerId,
      trust_id: scope.trustId,
      centre_id: scope.centreId,
    })
    .returning(projectColumns)
    .executeTakeFirstOrThrow();
}

/** Updates a project only at the version the editor saw; undefined when it has moved on. */
export function updateProjectAtVersion(
  db: Db,
  scope: CentreScope,
  projectId: string,
  expectedVersion: number,
  fields: ProjectFields,
) {
  return db
    .updateTable('projects')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', projectId)
    .where('version', '=', expectedVersion)
    .returning(projectColumns)
    .executeTakeFirst();
}

export function deleteProjectAtVersion(
  db: Db,
  scope: CentreScope,
  projectId: string,
  expectedVersion: number,
) {
  return db
    .deleteFrom('projects')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', projectId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
}
