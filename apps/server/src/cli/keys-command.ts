import { activeIssuerKey, openSealed, rotateIssuerKey, type ServerSecrets } from '@bacc/api';
import { issuerDid } from '@bacc/credentials';
import {
  type Database,
  findTrust,
  findTrustBySlug,
  type Kysely,
  listIssuerKeys,
  recordAuditEvent,
} from '@bacc/db';

export const keysUsage = `Manages each trust's Ed25519 issuer keys (the keys that sign its awards).

  npm run keys -- list [--trust <slug|id>]     every key, active or retired, and whether it opens
  npm run keys -- generate --trust <slug|id>   makes the trust's first key (issuing makes one too)
  npm run keys -- rotate --trust <slug|id>     a new active key; the old one is retired, not deleted

Retired keys stay: credentials they signed still verify, and they still sign their own status
lists when an award is revoked. Uses DATABASE_URL or BACC_DATA_DIR, and the server secret
(BACC_SECRET_KEY or secret.key), like the server.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function trustNamed(db: Kysely<Database>, ref: string | undefined) {
  if (!ref) throw new Error('Name the trust: --trust <slug or id>.');
  const trust = UUID.test(ref)
    ? await findTrust(db, { trustId: ref })
    : await findTrustBySlug(db, ref.trim().toLowerCase());
  if (!trust) throw new Error(`There is no trust "${ref}". List them with: npm run keys -- list`);
  return trust;
}

/** Runs one keys command; returns the lines to print. Errors are sentences for the operator. */
export async function runKeysCommand(
  command: string | undefined,
  options: { trust?: string },
  deps: { db: Kysely<Database>; secrets: ServerSecrets; now?: () => Date },
): Promise<string[]> {
  const { db, secrets } = deps;
  const now = deps.now ?? (() => new Date());
  if (command === 'generate' || command === 'rotate') {
    const trust = await trustNamed(db, options.trust);
    const scope = { trustId: trust.id };
    return db.transaction().execute(async (tx) => {
      if (command === 'generate') {
        const key = await activeIssuerKey(tx, secrets, scope);
        if (!key.created)
          return [
            `${trust.name} already has an active key: ${issuerDid(key.key.publicKeyMultibase)}`,
          ];
        await recordAuditEvent(tx, {
          trustId: trust.id,
          centreId: null,
          actorUserId: null,
          action: 'issuer_key.created',
          entity: 'issuer_key',
          entityId: key.id,
          after: { publicKeyMultibase: key.key.publicKeyMultibase, via: 'keys generate' },
        });
        return [`Made ${trust.name}'s issuer key: ${issuerDid(key.key.publicKeyMultibase)}`];
      }
      const { retired, active } = await rotateIssuerKey(tx, secrets, scope, now());
      await recordAuditEvent(tx, {
        trustId: trust.id,
        centreId: null,
        actorUserId: null,
        action: 'issuer_key.rotated',
        entity: 'issuer_key',
        entityId: active.id,
        before: retired
          ? { activeKeyId: retired.id, publicKeyMultibase: retired.publicKeyMultibase }
          : null,
        after: {
          activeKeyId: active.id,
          publicKeyMultibase: active.publicKeyMultibase,
          via: 'keys rotate',
        },
      });
      return [
        `Rotated ${trust.name}'s issuer key.`,
        `  active   ${issuerDid(active.publicKeyMultibase)}`,
        ...(retired ? [`  retired  ${issuerDid(retired.publicKeyMultibase)}`] : []),
        'Awards issued from now on are signed with the new key; earlier ones still verify.',
      ];
    });
  }
  if (command === 'list') {
    const trusts = options.trust
      ? [await trustNamed(db, options.trust)]
      : await db.selectFrom('trusts').select(['id', 'name', 'slug']).orderBy('name').execute();
    const lines: string[] = [];
    for (const trust of trusts) {
      const keys = await listIssuerKeys(db, { trustId: trust.id });
      lines.push(`${trust.name} (${trust.slug})${keys.length === 0 ? ': no keys yet' : ''}`);
      const sealed = new Map(
        (
          await db
            .selectFrom('issuer_keys')
            .select(['id', 'secret_key_sealed'])
            .where('trust_id', '=', trust.id)
            .execute()
        ).map((k) => [k.id, k.secret_key_sealed]),
      );
      for (const k of keys) {
        let opens = 'opens with this server secret';
        try {
          openSealed(secrets, sealed.get(k.id)!, k.publicKeyMultibase);
        } catch {
          opens = 'DOES NOT OPEN with this server secret';
        }
        const day = new Date(k.createdAt).toISOString().slice(0, 10);
        lines.push(
          `  ${k.status.padEnd(8)} ${day}  ${issuerDid(k.publicKeyMultibase)}  (${opens})`,
        );
      }
    }
    return lines;
  }
  throw new Error(keysUsage);
}
