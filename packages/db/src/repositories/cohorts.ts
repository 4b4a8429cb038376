import { sql } from 'kysely';
import type { CentreScope, Db, TrustScope } from './scope.ts';

/** The ids and names of a framework's tiers (top first), pathways or components. */
const labels = (list: 'tiers' | 'pathways' | 'components') =>
  sql<Array<{ id: string; name: string }>>`coalesce((
    select jsonb_agg(jsonb_build_object('id', item->>'id', 'name', item->>'name') order by n)
    from jsonb_array_elements(framework_versions.definition->${sql.lit(list)})
      with ordinality as items(item, n)
  ), '[]'::jsonb)`;

/** The centre's leaving years, newest first, each with its framework version and head count. */
export function listCohortsWithCounts(db: Db, scope: CentreScope) {
  return db
    .selectFrom('cohorts')
    .innerJoin('framework_versions', (j) =>
      j
        .onRef('framework_versions.id', '=', 'cohorts.framework_version_id')
        .onRef('framework_versions.trust_id', '=', 'cohorts.trust_id'),
    )
    .select((eb) => [
      'cohorts.id',
      'cohorts.leaving_year as leavingYear',
      'cohorts.framework_version_id as frameworkVersionId',
      'framework_versions.name as frameworkName',
      'framework_versions.version_number as frameworkVersionNumber',
      labels('tiers').as('tiers'),
      labels('pathways').as('pathways'),
      labels('components').as('components'),
      eb
        .selectFrom('learners')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('learners.trust_id', '=', 'cohorts.trust_id')
        .whereRef('learners.centre_id', '=', 'cohorts.centre_id')
        .whereRef('learners.leaving_year', '=', 'cohorts.leaving_year')
        .as('learnerCount'),
      eb
        .selectFrom('learners')
        .innerJoin('learner_decisions', 'learner_decisions.learner_id', 'learners.id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('learners.trust_id', '=', 'cohorts.trust_id')
        .whereRef('learners.centre_id', '=', 'cohorts.centre_id')
        .whereRef('learners.leaving_year', '=', 'cohorts.leaving_year')
        .where('learner_decisions.tier', 'is not', null)
        .as('awardedCount'),
    ])
    .where('cohorts.trust_id', '=', scope.trustId)
    .where('cohorts.centre_id', '=', scope.centreId)
    .orderBy('cohorts.leaving_year', 'desc')
    .execute();
}

export function findCohortByYear(db: Db, scope: CentreScope, leavingYear: number) {
  return db
    .selectFrom('cohorts')
    .select(['id', 'leaving_year as leavingYear', 'framework_version_id as frameworkVersionId'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('leaving_year', '=', leavingYear)
    .executeTakeFirst();
}

export function insertCohort(
  db: Db,
  scope: CentreScope,
  values: { leavingYear: number; frameworkVersionId: string },
) {
  return db
    .insertInto('cohorts')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      leaving_year: values.leavingYear,
      framework_version_id: values.frameworkVersionId,
    })
    .returning(['id', 'leaving_year as leavingYear', 'framework_version_id as frameworkVersionId'])
    .executeTakeFirstOrThrow();
}

/** The trust's published framework versions, newest first, without their definitions. */
export function listPublishedFrameworkVersions(db: Db, scope: TrustScope) {
  return db
    .selectFrom('framework_versions')
    .select([
      'id',
      'name',
      'version_number as versionNumber',
      'published_at as publishedAt',
      sql<string>`definition->>'id'`.as('frameworkId'),
    ])
    .where('trust_id', '=', scope.trustId)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('version_number', 'desc')
    .execute();
}

export function findPublishedFrameworkVersion(db: Db, scope: TrustScope, id: string) {
  return db
    .selectFrom('framework_versions')
    .select(['id', 'name', 'version_number as versionNumber'])
    .where('trust_id', '=', scope.trustId)
    .where('status', '=', 'published')
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The ids and leaving years of every learner of one leaving year, to decide them again. */
export function listLearnersOfYear(db: Db, scope: CentreScope, leavingYear: number) {
  return db
    .selectFrom('learners')
    .select(['id', 'leaving_year as leavingYear'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('leaving_year', '=', leavingYear)
    .execute();
}
