import type { Db, TrustScope } from './scope.ts';

const publicColumns = [
  'issuer_keys.id',
  'issuer_keys.trust_id as trustId',
  'issuer_keys.public_key_multibase as publicKeyMultibase',
  'issuer_keys.status',
  'issuer_keys.created_at as createdAt',
  'issuer_keys.retired_at as retiredAt',
] as const;

/**
 * Takes the trust's row lock, so key creation, rotation and status-list allocation for one
 * trust happen one at a time, on every server replica.
 */
export async function lockTrustForIssuance(db: Db, scope: TrustScope) {
  return db
    .selectFrom('trusts')
    .select(['id', 'name', 'slug'])
    .where('id', '=', scope.trustId)
    .forUpdate()
    .executeTakeFirst();
}

/** The trust's active signing key, with its sealed secret; undefined before the first one. */
export function findActiveIssuerKey(db: Db, scope: TrustScope) {
  return db
    .selectFrom('issuer_keys')
    .select([...publicColumns, 'issuer_keys.secret_key_sealed as secretKeySealed'])
    .where('issuer_keys.trust_id', '=', scope.trustId)
    .where('issuer_keys.status', '=', 'active')
    .executeTakeFirst();
}

/** One of the trust's keys (active or retired), with its sealed secret. */
export function findIssuerKey(db: Db, scope: TrustScope, keyId: string) {
  return db
    .selectFrom('issuer_keys')
    .select([...publicColumns, 'issuer_keys.secret_key_sealed as secretKeySealed'])
    .where('issuer_keys.trust_id', '=', scope.trustId)
    .where('issuer_keys.id', '=', keyId)
    .executeTakeFirst();
}

export function insertIssuerKey(
  db: Db,
  scope: TrustScope,
  key: { publicKeyMultibase: string; secretKeySealed: string },
) {
  return db
    .insertInto('issuer_keys')
    .values({
      trust_id: scope.trustId,
      public_key_multibase: key.publicKeyMultibase,
      secret_key_sealed: key.secretKeySealed,
    })
    .returning(publicColumns)
    .executeTakeFirstOrThrow();
}

/** Retires the trust's active key (rotation); its status lists stay signed by it. */
export function retireActiveIssuerKey(db: Db, scope: TrustScope, at: Date) {
  return db
    .updateTable('issuer_keys')
    .set({ status: 'retired', retired_at: at })
    .where('trust_id', '=', scope.trustId)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** The trust's keys, newest first, public halves only. */
export function listIssuerKeys(db: Db, scope: TrustScope) {
  return db
    .selectFrom('issuer_keys')
    .select(publicColumns)
    .where('issuer_keys.trust_id', '=', scope.trustId)
    .orderBy('issuer_keys.created_at', 'desc')
    .execute();
}

/**
 * Every public key this server has ever signed with, for JWKS and did:web. Public by nature:
 * these are what strangers need to check a signature, so no tenant scope applies.
 */
export function listPublicIssuerKeys(db: Db) {
  return db
    .selectFrom('issuer_keys')
    .select(publicColumns)
    .orderBy('issuer_keys.created_at')
    .orderBy('issuer_keys.id')
    .execute();
}
