import { sql, type Updateable } from 'kysely';
import type { AccreditationStatus, AccreditationTable } from '../database.ts';
import type { CentreScope, Db, TrustScope } from './scope.ts';

const columns = [
  'a.id',
  'a.centre_id as centreId',
  'a.status',
  'a.framework_version_id as frameworkVersionId',
  'a.programme',
  'a.conformance',
  'a.applied_at as appliedAt',
  'a.accredited_from as accreditedFrom',
  'a.accredited_until as accreditedUntil',
  'a.version',
  'a.updated_at as updatedAt',
] as const;

/** Every centre of the trust with its accreditation, if it has one. */
export function listCentreAccreditations(db: Db, scope: TrustScope) {
  return db
    .selectFrom('centres as c')
    .leftJoin('accreditations as a', (j) =>
      j.onRef('a.centre_id', '=', 'c.id').onRef('a.trust_id', '=', 'c.trust_id'),
    )
    .select(['c.id as centreId', 'c.name as centreName', 'c.urn'])
    .select([
      'a.id',
      'a.status',
      'a.applied_at as appliedAt',
      'a.accredited_until as accreditedUntil',
      'a.conformance',
    ])
    .where('c.trust_id', '=', scope.trustId)
    .orderBy('c.name')
    .execute();
}

export function findAccreditation(db: Db, scope: CentreScope) {
  return db
    .selectFrom('accreditations as a')
    .select(columns)
    .where('a.trust_id', '=', scope.trustId)
    .where('a.centre_id', '=', scope.centreId)
    .executeTakeFirst();
}

/** Locks the centre's accreditation row for a state change in this transaction. */
export function findAccreditationForUpdate(db: Db, scope: CentreScope) {
  return db
    .selectFrom('accreditations as a')
    .select(columns)
    .where('a.trust_id', '=', scope.trustId)
    .where('a.centre_id', '=', scope.centreId)
    .forUpdate()
    .executeTakeFirst();
}

export function insertAccreditation(
  db: Db,
  scope: CentreScope,
  row: {
    status: AccreditationStatus;
    frameworkVersionId: string | null;
    programme: unknown;
    conformance: unknown;
    appliedBy: string | null;
    appliedAt: Date | null;
    accreditedFrom?: string | null;
    accreditedUntil?: string | null;
  },
) {
  return db
    .insertInto('accreditations')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      status: row.status,
      framework_version_id: row.frameworkVersionId,
      programme: JSON.stringify(row.programme),
      conformance: row.conformance === null ? null : JSON.stringify(row.conformance),
      applied_by: row.appliedBy,
      applied_at: row.appliedAt,
      accredited_from: row.accreditedFrom ?? null,
      accredited_until: row.accreditedUntil ?? null,
    })
    .returning(['id', 'status', 'version'])
    .executeTakeFirstOrThrow();
}

export function updateAccreditationAtVersion(
  db: Db,
  scope: CentreScope,
  version: number,
  set: Omit<Updateable<AccreditationTable>, 'trust_id' | 'centre_id' | 'id' | 'version'>,
) {
  return db
    .updateTable('accreditations')
    .set({ ...set, version: version + 1, updated_at: new Date() })
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .where('version', '=', version)
    .returning(['id', 'status', 'version', 'accredited_until as accreditedUntil'])
    .executeTakeFirst();
}

export function recordAccreditationEvent(
  db: Db,
  scope: CentreScope,
  e: {
    accreditationId: string;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    accreditedUntil: string | null;
    note: string | null;
    actorUserId: string | null;
  },
) {
  return db
    .insertInto('accreditation_events')
    .values({
      trust_id: scope.trustId,
      centre_id: scope.centreId,
      accreditation_id: e.accreditationId,
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      accredited_until: e.accreditedUntil,
      note: e.note,
      actor_user_id: e.actorUserId,
    })
    .execute();
}

export function listAccreditationEvents(db: Db, scope: CentreScope) {
  return db
    .selectFrom('accreditation_events as e')
    .leftJoin('users as u', (j) =>
      j.onRef('u.id', '=', 'e.actor_user_id').onRef('u.trust_id', '=', 'e.trust_id'),
    )
    .select([
      'e.id',
      'e.action',
      'e.from_status as fromStatus',
      'e.to_status as toStatus',
      'e.accredited_until as accreditedUntil',
      'e.note',
      'e.occurred_at as occurredAt',
      'u.display_name as actorName',
    ])
    .where('e.trust_id', '=', scope.trustId)
    .where('e.centre_id', '=', scope.centreId)
    .orderBy('e.id', 'desc')
    .execute();
}

/** The centre's accreditation status and end date, for the submission guard. */
export function findAccreditationStanding(db: Db, scope: CentreScope) {
  return db
    .selectFrom('accreditations')
    .select(['status', 'accredited_until as accreditedUntil'])
    .where('trust_id', '=', scope.trustId)
    .where('centre_id', '=', scope.centreId)
    .executeTakeFirst();
}

/** Published framework versions a centre may build its programme on. */
export function listProgrammeBaseVersions(db: Db, scope: TrustScope) {
  return db
    .selectFrom('framework_versions')
    .select([
      'id',
      'name',
      'version_number as versionNumber',
      'definition',
      'published_at as publishedAt',
    ])
    .where('trust_id', '=', scope.trustId)
    .where('status', '=', 'published')
    .orderBy('name')
    .orderBy('version_number', 'desc')
    .execute();
}

/**
 * A sample of the trust's learners for checking a programme with the engine: the centre's own
 * first, then others', so a new centre with no learners yet is still checked on real records.
 */
export function sampleLearnersForConformance(db: Db, scope: CentreScope, limit: number) {
  return db
    .selectFrom('learners')
    .select(['id', 'centre_id as centreId'])
    .where('trust_id', '=', scope.trustId)
    .orderBy(sql`centre_id = ${scope.centreId}`, 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}
