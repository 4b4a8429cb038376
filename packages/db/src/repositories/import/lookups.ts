import { listActivities } from '../evidence.ts';
import type { CentreScope, Db, TrustScope } from '../scope.ts';

// Lookups take their keys in slices, so no statement nears PostgreSQL's bind-parameter limit.
const SLICE = 10_000;
async function inSlices<K, R>(keys: readonly K[], run: (slice: K[]) => Promise<R[]>) {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += SLICE) out.push(...(await run(keys.slice(i, i + SLICE))));
  return out;
}

/** Every learner of the centre, with whether a pending submission locks them. */
export function listImportLearners(db: Db, scope: CentreScope) {
  return db
    .selectFrom('learners')
    .leftJoin('submissions', (j) =>
      j
        .onRef('submissions.id', '=', 'learners.submission_id')
        .on('submissions.status', '!=', 'returned'),
    )
    .select([
      'learners.id',
      'learners.uln',
      'learners.upn',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.preferred_name as preferredName',
      'learners.date_of_birth as dateOfBirth',
      'learners.leaving_year as leavingYear',
      'learners.version',
      'submissions.id as lockedBy',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .execute();
}

/** Learners of OTHER centres of the trust holding any of these ULNs or UPNs (they must not clash). */
export async function listLearnersElsewhereByIdentifier(
  db: Db,
  scope: CentreScope,
  ulns: readonly string[],
  upns: readonly string[],
) {
  const query = (column: 'uln' | 'upn', values: string[]) =>
    db
      .selectFrom('learners')
      .select(['id', 'uln', 'upn'])
      .where('trust_id', '=', scope.trustId)
      .where('centre_id', '!=', scope.centreId)
      .where(column, 'in', values)
      .execute();
  return [
    ...(await inSlices(ulns, (s) => query('uln', s))),
    ...(await inSlices(upns, (s) => query('upn', s))),
  ];
}

export function listImportQualifications(db: Db, scope: TrustScope) {
  return db
    .selectFrom('qualifications')
    .innerJoin('grade_scales', (j) =>
      j
        .onRef('grade_scales.trust_id', '=', 'qualifications.trust_id')
        .onRef('grade_scales.key', '=', 'qualifications.grade_scale'),
    )
    .select([
      'qualifications.id',
      'qualifications.qn',
      'qualifications.title',
      'grade_scales.name as scaleName',
      'grade_scales.grades',
    ])
    .where('qualifications.trust_id', '=', scope.trustId)
    .execute();
}

export function listImportResults(db: Db, scope: CentreScope, learnerIds: readonly string[]) {
  return inSlices(learnerIds, (ids) =>
    db
      .selectFrom('results')
      .select([
        'id',
        'learner_id as learnerId',
        'qualification_id as qualificationId',
        'grade',
        'status',
        'awarded_on as awardedOn',
      ])
      .where('trust_id', '=', scope.trustId)
      .where('centre_id', '=', scope.centreId)
      .where('learner_id', 'in', ids)
      .execute(),
  );
}

/** The learners' activities, looked up in slices so a large import stays within bind limits. */
export function listImportActivities(db: Db, scope: CentreScope, learnerIds: readonly string[]) {
  return inSlices(learnerIds, (ids) => listActivities(db, scope, ids));
}
