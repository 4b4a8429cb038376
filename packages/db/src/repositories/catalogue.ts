import type { Db, TrustScope } from './scope.ts';

const qualificationColumns = [
  'id',
  'qn',
  'title',
  'type',
  'subject',
  'level',
  'glh',
  'tqt',
  'size_a_levels as sizeALevels',
  'category',
  'discount_code as discountCode',
  'grade_scale as gradeScale',
] as const;

/** The trust's qualifications, by level (highest first) then title, for pickers. */
export function listQualifications(db: Db, scope: TrustScope) {
  return db
    .selectFrom('qualifications')
    .select(qualificationColumns)
    .where('trust_id', '=', scope.trustId)
    .orderBy('level', 'desc')
    .orderBy('title')
    .orderBy('id')
    .execute();
}

export function findQualification(db: Db, scope: TrustScope, qualificationId: string) {
  return db
    .selectFrom('qualifications')
    .select(qualificationColumns)
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', qualificationId)
    .executeTakeFirst();
}

/** The trust's grade scales; each lists its grades from the lowest to the highest. */
export function listGradeScales(db: Db, scope: TrustScope) {
  return db
    .selectFrom('grade_scales')
    .select(['key', 'name', 'grades'])
    .where('trust_id', '=', scope.trustId)
    .orderBy('name')
    .execute();
}

export function findGradeScale(db: Db, scope: TrustScope, key: string) {
  return db
    .selectFrom('grade_scales')
    .select(['key', 'name', 'grades'])
    .where('trust_id', '=', scope.trustId)
    .where('key', '=', key)
    .executeTakeFirst();
}
