import { sql } from 'kysely';
import type { Db } from '../repositories/scope.ts';
import { type AuditEntryText, auditEntryHash, GENESIS_HASH, STORED_TEXT } from './canonical.ts';

export type AuditChainVerdict =
  | { ok: true; count: number; lastId: string | null; lastHash: string }
  | { ok: false; count: number; brokenAt: string; reason: string };

export interface VerifyOptions {
  /** Entries read per query; memory stays flat however long the log is. */
  batchSize?: number;
  /** Called after each batch with the number of entries checked so far. */
  onProgress?: (checked: number) => void;
  /**
   * An entry's id and hash recorded earlier (outside the database): the walk must meet it
   * unchanged. Only this notices entries removed from the very end of the log.
   */
  expect?: { id: string; hash: string };
}

/** Why one entry does not fit the chain, or null when it does. */
function checkEntry(row: AuditEntryText, expectedPrev: string, prevId: string | null) {
  if (auditEntryHash(row.prevHash, row) !== row.hash) {
    return 'its contents do not match its hash: the entry was altered after it was written';
  }
  if (row.prevHash !== expectedPrev) {
    return prevId === null
      ? 'it is the first entry but does not start the chain: earlier entries were removed'
      : `it does not link to the entry before it (${prevId}): an entry between them was removed, or entry ${prevId} was rewritten`;
  }
  return null;
}

/**
 * Walks the audit log in id order, recomputing every hash in TypeScript from the stored values
 * (not trusting the database's own function) and checking each entry links to the one before.
 * Stops at the first entry that does not fit.
 */
export async function verifyAuditChain(
  db: Db,
  options: VerifyOptions = {},
): Promise<AuditChainVerdict> {
  const batchSize = options.batchSize ?? 2_000;
  const expect = options.expect;
  let met = false;
  let count = 0;
  let prevId: string | null = null;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const after: string = prevId ?? '0';
    const result: { rows: AuditEntryText[] } = await sql<AuditEntryText>`
      select ${sql.raw(STORED_TEXT)} from audit_events
      where audit_events.id > ${after}::bigint order by audit_events.id limit ${batchSize}`.execute(
      db,
    );
    const rows = result.rows;
    for (const row of rows) {
      const reason = checkEntry(row, prevHash, prevId);
      if (reason) return { ok: false, count, brokenAt: row.id, reason };
      if (expect && row.id === expect.id && row.hash !== expect.hash) {
        return {
          ok: false,
          count,
          brokenAt: row.id,
          reason: `its hash is not the one recorded for it (${expect.hash}): the log was rewritten from here or earlier`,
        };
      }
      if (expect && row.id === expect.id) met = true;
      count++;
      prevId = row.id;
      prevHash = row.hash;
    }
    options.onProgress?.(count);
    if (rows.length < batchSize) {
      if (expect && !met) {
        return {
          ok: false,
          count,
          brokenAt: expect.id,
          reason: `the recorded entry ${expect.id} is missing: entries were removed from the end of the log`,
        };
      }
      return { ok: true, count, lastId: prevId, lastHash: prevHash };
    }
  }
}
