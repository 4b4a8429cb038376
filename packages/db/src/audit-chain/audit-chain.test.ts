import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../repositories/audit.ts';
import type { Db } from '../repositories/scope.ts';
import { createTenant, describeEachDatabase } from '../testing/index.ts';
import { verifyAuditChain } from './verify.ts';

// Strings and JSON that a careless serialiser would render differently from jsonb.
const awkward = {
  quote: 'O\'Brien "Bob" \\ back',
  control: 'tab\there\nnew line \u0001 \u001f \u007f',
  unicode: 'Zoë Łukasz 李小龙 🎓 e\u0301 \u2028',
  numbers: [1.0, 1.5e3, -0, 1.23e21, 0.1],
  nested: { z: 1, a: { bb: [true, false, null], b: '' } },
};

async function writeEvents(db: Db, trustId: string, centreId: string | null, n: number, tag = 'e') {
  for (let i = 0; i < n; i++) {
    await recordAuditEvent(db, {
      trustId,
      centreId,
      actorUserId: null,
      action: `test.${tag}`,
      entity: 'learner',
      entityId: `${tag}-${i}`,
      before: i % 2 ? awkward : undefined,
      after: { i, note: awkward.unicode },
    });
  }
}

async function lastIds(db: Db, n: number) {
  const { rows } = await sql<{ id: string }>`
    select id::text as id from audit_events order by id desc limit ${n}`.execute(db);
  return rows.map((r) => r.id).reverse();
}

/** The owner-only maintenance path a tamperer would need: switch the append-only guard off. */
async function withGuardOff(db: Db, work: () => Promise<unknown>) {
  await sql`alter table audit_events disable trigger audit_events_append_only`.execute(db);
  try {
    await work();
  } finally {
    await sql`alter table audit_events enable always trigger audit_events_append_only`.execute(db);
  }
}

describeEachDatabase('audit chain', (suite) => {
  let trustId: string;
  let centreId: string;

  beforeAll(async () => {
    const t = await createTenant(suite.handle.db, 'Audit');
    trustId = t.trust.id;
    centreId = t.centreA.id;
    await writeEvents(suite.handle.db, trustId, centreId, 12);
  });

  it('links every entry to the one before and verifies, hashing awkward text the same way in TypeScript', async () => {
    const { db } = suite.handle;
    const rows = await db
      .selectFrom('audit_events')
      .select(['id', 'prev_hash', 'hash'])
      .orderBy('id')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    const verdict = await verifyAuditChain(db, { batchSize: 5 });
    expect(verdict).toEqual({
      ok: true,
      count: rows.length,
      lastId: String(rows.at(-1)!.id),
      lastHash: rows.at(-1)!.hash,
    });
  });

  it('hashes the same whatever the session time zone', async () => {
    const { db } = suite.handle;
    await db.transaction().execute(async (tx) => {
      await sql`set local timezone = 'Pacific/Chatham'`.execute(tx);
      await writeEvents(tx, trustId, null, 2, 'tz');
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even from the table owner', async () => {
    const { db } = suite.handle;
    const [id] = await lastIds(db, 1);
    await expect(
      sql`update audit_events set action = 'forged' where id = ${id}::bigint`.execute(db),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(
      sql`delete from audit_events where id = ${id}::bigint`.execute(db),
    ).rejects.toThrow(/append-only: DELETE/);
    await expect(sql`truncate audit_events cascade`.execute(db)).rejects.toThrow(
      /append-only: TRUNCATE/,
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('stays append-only in a replica-mode session', async () => {
    const { db } = suite.handle;
    const [id] = await lastIds(db, 1);
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`set local session_replication_role = replica`.execute(tx);
        await sql`delete from audit_events where id = ${id}::bigint`.execute(tx);
      }),
    ).rejects.toThrow(/append-only: DELETE/);
  });

  it('ignores an id or hash the writer tries to choose', async () => {
    const { db } = suite.handle;
    const [before] = await lastIds(db, 1);
    const row = await sql<{ id: string; hash: string }>`
      insert into audit_events (id, prev_hash, hash, trust_id, action, entity, after)
      values (1, 'forged', 'forged', ${trustId}::uuid, 'test.forge', 'learner',
        '{"scale kept": 1.50, "exp": 1e2, "big": 123456789012345678901234567890}'::jsonb)
      returning id::text as id, hash`.execute(db);
    expect(BigInt(row.rows[0]!.id)).toBeGreaterThan(BigInt(before!));
    expect(row.rows[0]!.hash).not.toBe('forged');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses to chain from a REPEATABLE READ transaction, whose snapshot may miss the newest entry', async () => {
    const { db } = suite.handle;
    await expect(
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((tx) => writeEvents(tx, trustId, null, 1, 'rr')),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it('chains concurrent writers in commit order', async () => {
    const { db } = suite.handle;
    await Promise.all(
      Array.from({ length: 6 }, (_, w) =>
        db.transaction().execute(async (tx) => {
          await writeEvents(tx, trustId, centreId, 3, `w${w}`);
        }),
      ),
    );
    // A rolled-back writer leaves no trace in the chain.
    await expect(
      db.transaction().execute(async (tx) => {
        await writeEvents(tx, trustId, centreId, 2, 'rolled-back');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const verdict = await verifyAuditChain(db, { batchSize: 7 });
    expect(verdict.ok).toBe(true);
  });

  describe('tampering', () => {
    it('an altered entry breaks verification at that entry', async () => {
      const { db } = suite.handle;
      const ids = await lastIds(db, 6);
      const target = ids[2]!;
      const original = await sql<{ after: string }>`
        select after::text as after from audit_events where id = ${target}::bigint`.execute(db);
      await withGuardOff(db, () =>
        sql`update audit_events set after = '{"i": 999}'::jsonb where id = ${target}::bigint`.execute(
          db,
        ),
      );
      const verdict = await verifyAuditChain(db, { batchSize: 4 });
      expect(verdict).toMatchObject({ ok: false, brokenAt: target });
      expect(verdict.ok === false && verdict.reason).toMatch(/altered/);

      await withGuardOff(db, () =>
        sql`update audit_events set after = ${original.rows[0]!.after}::jsonb where id = ${target}::bigint`.execute(
          db,
        ),
      );
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it('an entry rewritten with a fresh hash of its own breaks the chain at the next entry', async () => {
      const { db } = suite.handle;
      const ids = await lastIds(db, 6);
      const [target, next] = [ids[1]!, ids[2]!];
      await withGuardOff(db, () =>
        sql`update audit_events set action = 'test.forged',
              hash = audit_event_hash(prev_hash, id, trust_id, centre_id, actor_user_id,
                'test.forged', entity, entity_id, before, after, occurred_at)
            where id = ${target}::bigint`.execute(db),
      );
      const verdict = await verifyAuditChain(db);
      expect(verdict).toMatchObject({ ok: false, brokenAt: next });
      expect(verdict.ok === false && verdict.reason).toMatch(
        new RegExp(`link to the entry before it \\(${target}\\)`),
      );
    });
  });
});

describeEachDatabase('audit chain: a deleted entry', (suite) => {
  it('is detected at the entry after the gap', async () => {
    const { db } = suite.handle;
    const t = await createTenant(db, 'Gap');
    await writeEvents(db, t.trust.id, null, 8);
    const ids = await lastIds(db, 8);
    await withGuardOff(db, () =>
      sql`delete from audit_events where id = ${ids[4]}::bigint`.execute(db),
    );
    const verdict = await verifyAuditChain(db, { batchSize: 3 });
    expect(verdict).toMatchObject({ ok: false, brokenAt: ids[5], count: 4 });
    expect(verdict.ok === false && verdict.reason).toMatch(/removed/);
  });

  it('is detected when the first entries are removed', async () => {
    const { db } = suite.handle;
    const [first] = await sql<{ id: string }>`select min(id)::text as id from audit_events`
      .execute(db)
      .then((r) => r.rows);
    await withGuardOff(db, () =>
      sql`delete from audit_events where id = ${first!.id}::bigint`.execute(db),
    );
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, count: 0 });
    expect(verdict.ok === false && verdict.reason).toMatch(/first entry/);
  });
});

describeEachDatabase('audit chain: entries removed from the end', (suite) => {
  it('go unnoticed by the chain alone, and are caught against a hash kept elsewhere', async () => {
    const { db } = suite.handle;
    const t = await createTenant(db, 'Tail');
    await writeEvents(db, t.trust.id, null, 6);
    const kept = await verifyAuditChain(db);
    if (!kept.ok || !kept.lastId) throw new Error('the fresh log should verify');
    const anchor = { id: kept.lastId, hash: kept.lastHash };
    expect(await verifyAuditChain(db, { expect: anchor })).toMatchObject({ ok: true, count: 6 });

    await withGuardOff(db, () =>
      sql`delete from audit_events where id >= ${String(Number(anchor.id) - 1)}::bigint`.execute(
        db,
      ),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
    const verdict = await verifyAuditChain(db, { expect: anchor, batchSize: 3 });
    expect(verdict).toMatchObject({ ok: false, brokenAt: anchor.id, count: 4 });
    expect(verdict.ok === false && verdict.reason).toMatch(/removed from the end/);

    // A tail rewritten with fresh hashes is caught where the kept hash no longer matches.
    await writeEvents(db, t.trust.id, null, 3, 'rewritten');
    const [newest] = await lastIds(db, 1);
    const forged = await verifyAuditChain(db, { expect: { id: newest!, hash: 'f'.repeat(64) } });
    expect(forged).toMatchObject({ ok: false, brokenAt: newest });
    expect(forged.ok === false && forged.reason).toMatch(/not the one recorded/);
  });
});
