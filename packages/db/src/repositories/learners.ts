import { sql } from 'kysely';
import type { NewLearner } from '../database.ts';
import type { CentreScope, Db } from './scope.ts';

export const learnerColumns = [
  'learners.id',
  'learners.uln',
  'learners.upn',
  'learners.legal_given_name as legalGivenName',
  'learners.legal_family_name as legalFamilyName',
  'learners.preferred_name as preferredName',
  'learners.date_of_birth as dateOfBirth',
  'learners.leaving_year as leavingYear',
  'learners.version',
] as const;

export interface LearnerListQuery {
  search?: string | undefined;
  leavingYear?: number | undefined;
  /** A tier id, or "none" for learners with no award yet (or no decision). */
  tier?: string | undefined;
  /** A component the learner still needs for their next tier. */
  missing?: string | undefined;
  pathway?: string | undefined;
  page: number;
  pageSize: number;
}

/** Each row's standing from its stored decision, and whether a submission holds it. */
const standingColumns = [
  'learner_decisions.tier',
  'learner_decisions.pathway',
  'learner_decisions.next_tier as nextTier',
  'learner_decisions.gap_size as gapSize',
  sql<string | null>`learner_decisions.decision->'tier'->>'name'`.as('tierName'),
  sql<string | null>`learner_decisions.decision->'pathway'->>'name'`.as('pathwayName'),
  sql<string | null>`learner_decisions.decision->'explanation'->'gap'->'tier'->>'name'`.as(
    'nextTierName',
  ),
  'submissions.status as submissionStatus',
] as const;

/** A page of the centre's learners, by family then given name, with the total that match. */
export async function listLearners(db: Db, scope: CentreScope, q: LearnerListQuery) {
  let base = db
    .selectFrom('learners')
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .leftJoin('submissions', (j) =>
      j
        .onRef('submissions.id', '=', 'learners.submission_id')
        .onRef('submissions.centre_id', '=', 'learners.centre_id'),
    )
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId);
  if (q.leavingYear) base = base.where('learners.leaving_year', '=', q.leavingYear);
  if (q.tier === 'none') base = base.where('learner_decisions.tier', 'is', null);
  else if (q.tier) base = base.where('learner_decisions.tier', '=', q.tier);
  if (q.pathway) base = base.where('learner_decisions.pathway', '=', q.pathway);
  if (q.missing)
    base = base.where(sql<boolean>`${q.missing} = any(learner_decisions.unmet_components)`);
  const term = q.search?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const upper = term.toUpperCase().replace(/\s+/g, '');
    base = base.where((eb) =>
      eb.or([
        eb('learners.uln', '=', upper),
        eb('learners.upn', '=', upper),
        eb(
          sql<string>`learners.legal_given_name || ' ' || learners.legal_family_name`,
          'ilike',
          like,
        ),
        eb('learners.preferred_name', 'ilike', like),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    base
      .select([...learnerColumns, ...standingColumns])
      .orderBy('learners.legal_family_name')
      .orderBy('learners.legal_given_name')
      .orderBy('learners.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total), page: q.page, pageSize: q.pageSize };
}

export function findLearner(db: Db, scope: CentreScope, learnerId: string) {
  return db
    .selectFrom('learners')
    .select(learnerColumns)
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.id', '=', learnerId)
    .executeTakeFirst();
}

export function createLearner(
  db: Db,
  scope: CentreScope,
  input: Omit<NewLearner, 'trust_id' | 'centre_id' | 'id' | 'version'>,
) {
  return db
    .insertInto('learners')
    .values({ ...input, trust_id: scope.trustId, centre_id: scope.centreId })
    .returning(learnerColumns.map((c) => c.replace('learners.', '')) as never)
    .executeTakeFirstOrThrow();
}

export type LearnerFields = Pick<
  NewLearner,
  | 'uln'
  | 'upn'
  | 'legal_given_name'
  | 'legal_family_name'
  | 'preferred_name'
  | 'date_of_birth'
  | 'leaving_year'
>;

/**
 * Updates a learner only if it is still at the version the editor saw; returns undefined when
 * it has moved on (or does not exist), so the caller can answer with a conflict.
 */
export function updateLearnerAtVersion(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  expectedVersion: number,
  fields: LearnerFields,
  actorUserId: string,
) {
  return db
    .updateTable('learners')
    .set((eb) => ({
      ...fields,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by: actorUserId,
    }))
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', learnerId)
    .where('version', '=', expectedVersion)
    .returning(learnerColumns.map((c) => c.replace('learners.', '')) as never)
    .executeTakeFirst();
}

export function deleteLearnerAtVersion(
  db: Db,
  scope: CentreScope,
  learnerId: string,
  expectedVersion: number,
) {
  return db
    .deleteFrom('learners')
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', learnerId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
}

/** Whether the learner is in a submission the trust has not yet returned. */
export async function isLearnerLocked(db: Db, scope: CentreScope, learnerId: string) {
  const row = await db
    .selectFrom('learners')
    .innerJoin('submissions', 'submissions.id', 'learners.submission_id')
    .select('submissions.status')
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.id', '=', learnerId)
    .executeTakeFirst();
  return row !== undefined && row.status !== 'returned';
}
