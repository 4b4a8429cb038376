import { createHash } from 'node:crypto';

/** An audit entry as the database renders each stored value as text (see STORED_TEXT). */
export interface AuditEntryText {
  id: string;
  prevHash: string;
  hash: string;
  trustId: string;
  centreId: string | null;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** jsonb's own text form, which is canonical (sorted keys, fixed spacing). */
  before: string | null;
  after: string | null;
  /** UTC, microseconds: 'YYYY-MM-DDTHH:MI:SS.USZ'. */
  occurredAt: string;
}

/** The chain's starting point: the first entry's prev_hash. */
export const GENESIS_HASH = '0'.repeat(64);

/** The select list that renders an audit row exactly as the hash trigger serialises it. */
export const STORED_TEXT = `id::text as id, prev_hash as "prevHash", hash, trust_id::text as "trustId",
  centre_id::text as "centreId", actor_user_id::text as "actorUserId", action, entity,
  entity_id as "entityId", before::text as before, after::text as after,
  to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurredAt"`;

const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

/**
 * The text the database hashes: jsonb_build_array(...)::text. jsonb prints an array as
 * `[a, b]` and escapes strings as JSON.stringify does (control characters as \uXXXX in lower
 * case, nothing else), and the id is a bigint, printed as a bare number.
 */
export function canonicalAuditText(prevHash: string, e: Omit<AuditEntryText, 'prevHash' | 'hash'>) {
  return `[${[
    str(prevHash),
    e.id,
    str(e.trustId),
    str(e.centreId),
    str(e.actorUserId),
    str(e.action),
    str(e.entity),
    str(e.entityId),
    e.before ?? 'null',
    e.after ?? 'null',
    str(e.occurredAt),
  ].join(', ')}]`;
}

export function auditEntryHash(prevHash: string, e: Omit<AuditEntryText, 'prevHash' | 'hash'>) {
  return createHash('sha256').update(canonicalAuditText(prevHash, e), 'utf8').digest('hex');
}
