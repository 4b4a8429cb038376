import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DatabaseHandle } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { migrations } from '../migrations/index.ts';
import { createBlankDatabase } from '../testing/blank-database.ts';
import { verifyAuditChain } from './verify.ts';

const CHAIN = '2026-11-22T11-20_audit-chain';

for (const kind of ['pglite', 'postgres'] as const) {
  const run = kind === 'pglite' || inject('baccPostgresUrl') ? describe : describe.skip;
  run(`audit chain migration [${kind}]`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await createBlankDatabase(kind);
    }, 240_000);
    // Roles belong to the whole PostgreSQL server: a unique name, dropped afterwards.
    const role = `bacc_app_${randomBytes(4).toString('hex')}`;
    afterAll(async () => {
      await sql`drop owned by ${sql.id(role)}`.execute(handle.db).catch(() => {});
      await sql`drop role if exists ${sql.id(role)}`.execute(handle.db);
      await handle?.close();
    });

    it('chains the entries written before it, later entries continue the chain, and other roles may only read and append', async () => {
      const db = handle.db;
      const names = Object.keys(migrations).sort();
      const previous = names[names.indexOf(CHAIN) - 1]!;
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const stepped = await migrator.migrateTo(previous);
      expect(stepped.error).toBeUndefined();

      const trust = await sql<{ id: string }>`
        insert into trusts (name, slug) values ('Old Trust', 'old-trust') returning id`.execute(db);
      const trustId = trust.rows[0]!.id;
      for (let i = 0; i < 5; i++) {
        await sql`insert into audit_events (trust_id, action, entity, entity_id, after, occurred_at)
          values (${trustId}::uuid, 'old.event', 'learner', ${String(i)},
            ${JSON.stringify({ i, name: 'Zoë' })}::jsonb, now() - make_interval(days => ${5 - i}))`.execute(
          db,
        );
      }
      // A role that was granted everything keeps only reading and appending.
      await sql`create role ${sql.id(role)} nologin`.execute(db);
      await sql`grant all on audit_events to ${sql.id(role)}`.execute(db);
      await migrateToLatest(db);
      const can = async (privilege: string) =>
        (
          await sql<{ ok: boolean }>`
            select has_table_privilege(${role}, 'audit_events', ${privilege}) as ok`.execute(db)
        ).rows[0]!.ok;
      expect(await can('SELECT')).toBe(true);
      expect(await can('INSERT')).toBe(true);
      expect(await can('UPDATE')).toBe(false);
      expect(await can('DELETE')).toBe(false);
      expect(await can('TRUNCATE')).toBe(false);

      await db
        .insertInto('audit_events')
        .values({
          trust_id: trustId,
          centre_id: null,
          actor_user_id: null,
          action: 'new.event',
          entity: 'learner',
          entity_id: null,
        })
        .execute();
      const ids = await db.selectFrom('audit_events').select('id').orderBy('id').execute();
      expect(ids.map((r) => Number(r.id))).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 6, lastId: '6' });
    }, 240_000);
  });
}
