import type { CentreScope, Db } from './scope.ts';

/** A centre's cohort, for naming its certificates file; undefined when not the centre's. */
export function findCohortForCertificates(db: Db, scope: CentreScope, cohortId: string) {
  return db
    .selectFrom('cohorts')
    .select(['id', 'leaving_year as leavingYear'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', cohortId)
    .executeTakeFirst();
}

/**
 * Every current (valid) award of a centre's leaving year, everything in it, in name order:
 * what the cohort's certificates file prints. Revoked and superseded awards are left out; a
 * reissued learner appears once, with the award that replaced the old one.
 */
export function listCohortAwardsForCertificates(db: Db, scope: CentreScope, leavingYear: number) {
  return db
    .selectFrom('awards')
    .selectAll('awards')
    .where('awards.trust_id', '=', scope.trustId)
    .where('awards.centre_id', '=', scope.centreId)
    .where('awards.leaving_year', '=', leavingYear)
    .where('awards.status', '=', 'valid')
    .where('awards.erased_at', 'is', null)
    .orderBy('awards.learner_name')
    .orderBy('awards.id')
    .execute();
}
