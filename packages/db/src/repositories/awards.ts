import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { AwardTable } from '../tables/awarding.ts';
import type { Db, TrustScope } from './scope.ts';

/** A trust, or one centre of it: trust admins list every centre's awards, staff their own. */
export type AwardScope = TrustScope & { centreId?: string };

/**
 * Learners of a submission whose stored decision meets a tier and who hold no award from it
 * yet: what approval issues. Asking again after issuing returns nobody, which makes issuance
 * idempotent.
 */
export function listSubmissionLearnersToAward(db: Db, scope: TrustScope, submissionId: string) {
  return db
    .selectFrom('learners')
    .innerJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'learners.centre_id')
        .onRef('centres.trust_id', '=', 'learners.trust_id'),
    )
    .select([
      'learners.id as learnerId',
      'learners.centre_id as centreId',
      'centres.name as centreName',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.leaving_year as leavingYear',
      'learner_decisions.framework_version_id as frameworkVersionId',
      'learner_decisions.framework_hash as frameworkHash',
      'learner_decisions.decision',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.submission_id', '=', submissionId)
    .where('learner_decisions.tier', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('awards')
            .select('awards.id')
            .whereRef('awards.learner_id', '=', 'learners.id')
            .where('awards.trust_id', '=', scope.trustId)
            .where('awards.submission_id', '=', submissionId),
        ),
      ),
    )
    .orderBy('learners.legal_family_name')
    .orderBy('learners.legal_given_name')
    .orderBy('learners.id')
    .execute();
}

/** A learner as the award names them now, with their current decision (for reissue). */
export function findLearnerForAward(
  db: Db,
  scope: TrustScope & { centreId: string },
  learnerId: string,
) {
  return db
    .selectFrom('learners')
    .innerJoin('centres', (j) =>
      j
        .onRef('centres.id', '=', 'learners.centre_id')
        .onRef('centres.trust_id', '=', 'learners.trust_id'),
    )
    .leftJoin('learner_decisions', (j) =>
      j
        .onRef('learner_decisions.learner_id', '=', 'learners.id')
        .onRef('learner_decisions.centre_id', '=', 'learners.centre_id'),
    )
    .select([
      'learners.id as learnerId',
      'learners.centre_id as centreId',
      'centres.name as centreName',
      'learners.legal_given_name as legalGivenName',
      'learners.legal_family_name as legalFamilyName',
      'learners.leaving_year as leavingYear',
      'learner_decisions.framework_version_id as frameworkVersionId',
      'learner_decisions.framework_hash as frameworkHash',
      'learner_decisions.tier',
      'learner_decisions.decision',
    ])
    .where('learners.trust_id', '=', scope.trustId)
    .where('learners.centre_id', '=', scope.centreId)
    .where('learners.id', '=', learnerId)
    .executeTakeFirst();
}

/** The framework version an award names, with its definition (for the achievement text). */
export function findAwardFramework(db: Db, scope: TrustScope, frameworkVersionId: string) {
  return db
    .selectFrom('framework_versions')
    .select([
      'id',
      'name',
      'version_number as versionNumber',
      'definition',
      'definition_hash as definitionHash',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', frameworkVersionId)
    .executeTakeFirst();
}

export function insertAward(db: Db, values: Insertable<AwardTable>) {
  return db.insertInto('awards').values(values).returning('id').executeTakeFirstOrThrow();
}

/** One award, everything in it; undefined when it is not in the scope. */
export function findAward(db: Db, scope: AwardScope, awardId: string) {
  let q = db
    .selectFrom('awards')
    .selectAll('awards')
    .where('awards.trust_id', '=', scope.trustId)
    .where('awards.id', '=', awardId);
  if (scope.centreId) q = q.where('awards.centre_id', '=', scope.centreId);
  return q.executeTakeFirst();
}

export interface AwardListFilter {
  status?: 'valid' | 'revoked' | 'superseded';
  leavingYear?: number;
  /** Part of the learner's name. */
  search?: string;
  learnerId?: string;
  limit: number;
  offset: number;
}

/** Awards in the scope, newest first, with the total for paging. */
export async function listAwardRows(db: Db, scope: AwardScope, filter: AwardListFilter) {
  let q = db.selectFrom('awards').where('awards.trust_id', '=', scope.trustId);
  if (scope.centreId) q = q.where('awards.centre_id', '=', scope.centreId);
  if (filter.status) q = q.where('awards.status', '=', filter.status);
  if (filter.leavingYear) q = q.where('awards.leaving_year', '=', filter.leavingYear);
  if (filter.learnerId) q = q.where('awards.learner_id', '=', filter.learnerId);
  if (filter.search?.trim())
    q = q.where(
      'awards.learner_name',
      'ilike',
      `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  const [rows, total] = await Promise.all([
    q
      .select([
        'awards.id',
        'awards.centre_id as centreId',
        'awards.centre_name as centreName',
        'awards.learner_id as learnerId',
        'awards.learner_name as learnerName',
        'awards.leaving_year as leavingYear',
        'awards.tier',
        'awards.pathway',
        'awards.grade',
        'awards.status',
        'awards.issued_at as issuedAt',
        'awards.revoked_at as revokedAt',
        'awards.revoked_reason as revokedReason',
        'awards.supersedes_id as supersedesId',
        'awards.superseded_by_id as supersededById',
        'awards.components_public as componentsPublic',
        'awards.erased_at as erasedAt',
      ])
      .orderBy('awards.issued_at', 'desc')
      .orderBy('awards.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Ends a valid award: revoked, or superseded by a reissue. Undefined when it was not valid. */
export function endAward(
  db: Db,
  scope: TrustScope,
  awardId: string,
  end: {
    status: 'revoked' | 'superseded';
    reason: string;
    by: string | null;
    at: Date;
  },
) {
  return db
    .updateTable('awards')
    .set({
      status: end.status,
      revoked_reason: end.reason,
      revoked_by: end.by,
      revoked_at: end.at,
    })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', awardId)
    .where('status', '=', 'valid')
    .returning(['id', 'status_list_id as statusListId'])
    .executeTakeFirst();
}

/** Links a superseded award to the one that replaced it (set once, after the new one exists). */
export function linkSupersedingAward(
  db: Db,
  scope: TrustScope,
  awardId: string,
  supersededById: string,
) {
  return db
    .updateTable('awards')
    .set({ superseded_by_id: supersededById })
    .where('trust_id', '=', scope.trustId)
    .where('id', '=', awardId)
    .where('status', '=', 'superseded')
    .where('superseded_by_id', 'is', null)
    .executeTakeFirst();
}

export function setAwardComponentsPublic(
  db: Db,
  scope: TrustScope & { centreId: string },
  awardId: string,
  value: boolean,
) {
  return db
    .updateTable('awards')
    .set({ components_public: value })
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('id', '=', awardId)
    .returning(['id', 'components_public as componentsPublic'])
    .executeTakeFirst();
}
