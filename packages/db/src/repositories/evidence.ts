import type { CentreScope, Db } from './scope.ts';

/** Results of the given learners with the catalogue facts the criteria engine reads. */
export function listResultsWithQualifications(
  db: Db,
  scope: CentreScope,
  learnerIds: readonly string[],
) {
  return db
    .selectFrom('results')
    .innerJoin('qualifications', (j) =>
      j
        .onRef('qualifications.id', '=', 'results.qualification_id')
        .onRef('qualifications.trust_id', '=', 'results.trust_id'),
    )
    .select([
      'results.id',
      'results.learner_id as learnerId',
      'results.grade',
      'results.status',
      'results.awarded_on as awardedOn',
      'results.version',
      'qualifications.id as qualificationId',
      'qualifications.qn',
      'qualifications.title',
      'qualifications.type',
      'qualifications.subject',
      'qualifications.level',
      'qualifications.glh',
      'qualifications.tqt',
      'qualifications.size_a_levels as sizeALevels',
      'qualifications.category',
      'qualifications.discount_code as discountCode',
      'qualifications.grade_scale as gradeScale',
    ])
    .where('results.trust_id', '=', scope.trustId)
    .where('results.centre_id', '=', scope.centreId)
    .where('results.learner_id', 'in', learnerIds)
    .orderBy('results.learner_id')
    .orderBy('qualifications.level', 'desc')
    .orderBy('qualifications.title')
    .execute();
}

export function listProjectsWithQualifications(
  db: Db,
  scope: CentreScope,
  learnerIds: readonly string[],
) {
  return db
    .selectFrom('projects')
    .leftJoin('qualifications', (j) =>
      j
        .onRef('qualifications.id', '=', 'projects.qualification_id')
        .onRef('qualifications.trust_id', '=', 'projects.trust_id'),
    )
    .select([
      'projects.id',
      'projects.learner_id as learnerId',
      'projects.title',
      'projects.kind',
      'projects.grade',
      'projects.hours',
      'projects.qualification_id as qualificationId',
      'projects.version',
      'qualifications.level',
      'qualifications.grade_scale as gradeScale',
      'qualifications.glh',
    ])
    .where('projects.trust_id', '=', scope.trustId)
    .where('projects.centre_id', '=', scope.centreId)
    .where('projects.learner_id', 'in', learnerIds)
    .orderBy('projects.learner_id')
    .orderBy('projects.created_at')
    .execute();
}

export function listActivities(db: Db, scope: CentreScope, learnerIds: readonly string[]) {
  return db
    .selectFrom('activities')
    .select([
      'id',
      'learner_id as learnerId',
      'strand',
      'hours',
      'started_on as startedOn',
      'ended_on as endedOn',
      'description',
      'verified_by as verifiedBy',
      'version',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('learner_id', 'in', learnerIds)
    .orderBy('learner_id')
    .orderBy('started_on', 'desc')
    .execute();
}
