import type { Db, TrustScope } from './scope.ts';

export function findFrameworkVersion(db: Db, scope: TrustScope, frameworkVersionId: string) {
  return db
    .selectFrom('framework_versions')
    .select([
      'id',
      'name',
      'version_number as versionNumber',
      'status',
      'definition',
      'definition_hash as definitionHash',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', frameworkVersionId)
    .executeTakeFirst();
}

/** The framework version each of the centre's leaving years is decided under. */
export function listCohortFrameworks(db: Db, scope: { trustId: string; centreId: string }) {
  return db
    .selectFrom('cohorts')
    .select(['id', 'leaving_year as leavingYear', 'framework_version_id as frameworkVersionId'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .execute();
}
