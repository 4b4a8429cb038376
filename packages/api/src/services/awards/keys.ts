import { generateIssuerKey, type IssuerKey } from '@bacc/credentials';
import {
  type Db,
  findActiveIssuerKey,
  findIssuerKey,
  insertIssuerKey,
  lockTrustForIssuance,
  retireActiveIssuerKey,
  type TrustScope,
} from '@bacc/db';
import type { ServerSecrets } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { openSealed, sealSecret } from './secrets.ts';

export interface IssuerSigningKey {
  id: string;
  key: IssuerKey;
}

function open(
  secrets: ServerSecrets,
  row: { id: string; publicKeyMultibase: string; secretKeySealed: string },
): IssuerSigningKey {
  let secretKeyMultibase: string;
  try {
    secretKeyMultibase = openSealed(secrets, row.secretKeySealed, row.publicKeyMultibase);
  } catch {
    // An operator's mistake (a changed BACC_SECRET_KEY or a lost secret.key), not the caller's:
    // say so plainly; the transaction rolls back, so nothing is half done.
    throw new AppError(
      'unavailable',
      'The trust’s signing key cannot be opened with this server’s secret (BACC_SECRET_KEY or secret.key has changed). Nothing was changed; ask the server operator to restore the secret.',
    );
  }
  return { id: row.id, key: { publicKeyMultibase: row.publicKeyMultibase, secretKeyMultibase } };
}

async function createKey(db: Db, secrets: ServerSecrets, scope: TrustScope) {
  const fresh = await generateIssuerKey();
  const row = await insertIssuerKey(db, scope, {
    publicKeyMultibase: fresh.publicKeyMultibase,
    secretKeySealed: sealSecret(secrets, fresh.secretKeyMultibase, fresh.publicKeyMultibase),
  });
  return { row, signing: { id: row.id, key: fresh } };
}

/**
 * The trust's active signing key, made on first need. Run inside a transaction: it takes the
 * trust's lock so two approvals at once cannot both make a first key.
 */
export async function activeIssuerKey(
  db: Db,
  secrets: ServerSecrets,
  scope: TrustScope,
): Promise<IssuerSigningKey & { created: boolean; trust: { id: string; name: string } }> {
  const trust = await lockTrustForIssuance(db, scope);
  if (!trust) throw notFound('That trust');
  const existing = await findActiveIssuerKey(db, scope);
  if (existing) return { ...open(secrets, existing), created: false, trust };
  const { signing } = await createKey(db, secrets, scope);
  return { ...signing, created: true, trust };
}

/** Any of the trust's keys, active or retired (retired keys still sign their own status lists). */
export async function issuerKeyById(
  db: Db,
  secrets: ServerSecrets,
  scope: TrustScope,
  keyId: string,
): Promise<IssuerSigningKey> {
  const row = await findIssuerKey(db, scope, keyId);
  if (!row) throw notFound('That issuer key');
  return open(secrets, row);
}

/**
 * Makes a new active key and retires the old one. Old keys stay: credentials they signed still
 * verify (did:key needs nothing else), and they go on signing their own status lists.
 */
export async function rotateIssuerKey(db: Db, secrets: ServerSecrets, scope: TrustScope, at: Date) {
  if (!(await lockTrustForIssuance(db, scope))) throw notFound('That trust');
  const before = await findActiveIssuerKey(db, scope);
  await retireActiveIssuerKey(db, scope, at);
  const { row } = await createKey(db, secrets, scope);
  return {
    retired: before ? { id: before.id, publicKeyMultibase: before.publicKeyMultibase } : null,
    active: row,
  };
}
