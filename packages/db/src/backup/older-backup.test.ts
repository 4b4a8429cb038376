import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-chain/verify.ts';
import { migrations } from '../migrations/index.ts';
import { availableDatabaseKinds, createBlankDatabase } from '../testing/index.ts';
import { writeBackup } from './backup.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

const folder = mkdtempSync(join(tmpdir(), 'bacc-older-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const names = Object.keys(migrations).sort();
// The schema just before the audit chain: its backups hold audit entries without hashes.
const older = names[names.indexOf('2026-11-22T11-20_audit-chain') - 1]!;

for (const kind of availableDatabaseKinds()) {
  describe(`a backup from an older schema [${kind}]`, () => {
    it('restores at its own schema, then migrates: the entries are chained on the way', async () => {
      const source = await createBlankDatabase(kind);
      const target = await createBlankDatabase(kind);
      try {
        const migrator = new Migrator({
          db: source.db,
          provider: { getMigrations: async () => migrations },
        });
        expect((await migrator.migrateTo(older)).error).toBeUndefined();
        const trust = await sql<{ id: string }>`
          insert into trusts (name, slug) values ('Older Trust', 'older') returning id`.execute(
          source.db,
        );
        for (let i = 0; i < 4; i++) {
          await sql`insert into audit_events (trust_id, action, entity, after)
            values (${trust.rows[0]!.id}::uuid, 'old.event', 'learner', ${JSON.stringify({ i })}::jsonb)`.execute(
            source.db,
          );
        }
        const file = join(folder, `older-${kind}.bacc.gz`);
        const backup = await writeBackup(source.db, file, { kind });
        expect(backup.migrations.at(-1)).toBe(older);

        // A database already on today's schema cannot take it: it would need migrating backwards.
        const current = await createBlankDatabase(kind);
        try {
          await new Migrator({
            db: current.db,
            provider: { getMigrations: async () => migrations },
          }).migrateToLatest();
          await expect(restoreBackup(current.db, file)).rejects.toThrow(RestoreRefused);
          await expect(restoreBackup(current.db, file)).rejects.toThrow(
            /schema is newer than the backup/,
          );
        } finally {
          await current.close();
        }

        const restored = await restoreBackup(target.db, file);
        expect(restored.migratedAfter).toContain('2026-11-22T11-20_audit-chain');
        expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, count: 4 });
      } finally {
        await source.close();
        await target.close();
      }
    }, 240_000);
  });
}
