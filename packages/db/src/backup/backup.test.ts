import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-chain/verify.ts';
import { recordAuditEvent } from '../repositories/audit.ts';
import {
  availableDatabaseKinds,
  createBlankDatabase,
  createLearnerRow,
  createTenant,
  describeEachDatabase,
} from '../testing/index.ts';
import { writeBackup } from './backup.ts';
import { tableFingerprints } from './fingerprint.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

// Restoring builds a database from nothing (every migration) on two shared cores: allow minutes.
const SLOW = 240_000;
const folder = mkdtempSync(join(tmpdir(), 'bacc-backup-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Rewrites a backup's lines, to make damaged or foreign files from a good one. */
function editBackup(from: string, to: string, edit: (lines: string[]) => string[]) {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n');
  writeFileSync(to, gzipSync(edit(lines).join('\n')));
}

describeEachDatabase('backup and restore', (suite) => {
  let file: string;
  let source: Awaited<ReturnType<typeof tableFingerprints>>;

  beforeAll(async () => {
    const { db } = suite.handle;
    const t = await createTenant(db, 'Backup');
    for (let i = 0; i < 30; i++) {
      const learner = await createLearnerRow(db, { trustId: t.trust.id, centreId: t.centreA.id });
      await recordAuditEvent(db, {
        trustId: t.trust.id,
        centreId: t.centreA.id,
        actorUserId: null,
        action: 'learner.created',
        entity: 'learner',
        entityId: learner.id,
        after: { name: `Zoë "${i}" 🎓\n`, hours: 1.5, exact: i / 3 },
      });
    }
    // Values a JavaScript round trip would change: a numeric scale, a huge integer, a time zone.
    await sql`insert into audit_events (trust_id, action, entity, after, occurred_at)
      values (${t.trust.id}::uuid, 'test.exact', 'test',
        '{"scale": 1.50, "big": 123456789012345678901234567890}'::jsonb,
        '2026-03-29 01:30:00.123456+01')`.execute(db);
    file = join(folder, `source-${suite.kind}.bacc.gz`);
    const summary = await writeBackup(db, file, { kind: suite.kind, batchSize: 7 });
    expect(summary.rowsByTable.learners).toBe(30);
    expect(summary.rowsByTable.audit_events).toBe(31);
    source = await tableFingerprints(db);
  }, SLOW);

  for (const target of availableDatabaseKinds()) {
    describe(`into a new ${target} database`, () => {
      it(
        'restores every table exactly, and the audit chain still verifies',
        async () => {
          const restored = await createBlankDatabase(target);
          try {
            const summary = await restoreBackup(restored.db, file, { batchRows: 5 });
            expect(summary.rows).toBe(Object.values(source).reduce((n, t) => n + t.rows, 0));
            const copy = await tableFingerprints(restored.db);
            expect(copy).toEqual(source);
            expect(Object.keys(copy).length).toBeGreaterThan(15);
            expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, count: 31 });

            // It is a working database: the chain and the ids carry on, the log stays append-only.
            const trust = await restored.db
              .selectFrom('trusts')
              .select('id')
              .executeTakeFirstOrThrow();
            await recordAuditEvent(restored.db, {
              trustId: trust.id,
              centreId: null,
              actorUserId: null,
              action: 'after.restore',
              entity: 'test',
              entityId: null,
            });
            expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, count: 32 });
            await expect(sql`delete from audit_events`.execute(restored.db)).rejects.toThrow(
              /append-only/,
            );
            await createLearnerRow(restored.db, {
              trustId: trust.id,
              centreId: (
                await restored.db.selectFrom('centres').select('id').executeTakeFirstOrThrow()
              ).id,
            });
          } finally {
            await restored.close();
          }
        },
        SLOW,
      );
    });
  }

  it(
    'refuses a database that already holds rows, and changes nothing',
    async () => {
      await expect(restoreBackup(suite.handle.db, file)).rejects.toThrow(RestoreRefused);
      await expect(restoreBackup(suite.handle.db, file)).rejects.toThrow(/not empty \(.*learners/);
      expect(await tableFingerprints(suite.handle.db)).toEqual(source);
    },
    SLOW,
  );

  it(
    'refuses a backup from a newer schema, and a file that is not a backup',
    async () => {
      const newer = join(folder, `newer-${suite.kind}.bacc.gz`);
      editBackup(file, newer, ([head, ...rest]) => {
        const h = JSON.parse(head!);
        h.migrations.push('2099-01-01T00-00_from-the-future');
        return [JSON.stringify(h), ...rest];
      });
      const notBackup = join(folder, 'not-a-backup.gz');
      writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));
      const target = await createBlankDatabase(suite.kind);
      try {
        await expect(restoreBackup(target.db, newer)).rejects.toThrow(
          /newer version of Bacc.*2099-01-01T00-00_from-the-future/,
        );
        await expect(restoreBackup(target.db, notBackup)).rejects.toThrow(/not a Bacc backup/);
        await expect(restoreBackup(target.db, join(folder, 'missing.gz'))).rejects.toThrow(
          /no backup file/,
        );
      } finally {
        await target.close();
      }
    },
    SLOW,
  );

  it(
    'loads nothing from a cut-short or damaged file, and the same database then takes a good one',
    async () => {
      const cut = join(folder, `cut-${suite.kind}.bacc.gz`);
      const bytes = readFileSync(file);
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const noTrailer = join(folder, `no-trailer-${suite.kind}.bacc.gz`);
      editBackup(file, noTrailer, (lines) => lines.filter((l) => !l.includes('"complete":true')));
      const badCount = join(folder, `bad-count-${suite.kind}.bacc.gz`);
      editBackup(file, badCount, (lines) =>
        lines.filter((_line, i) => !(i > 0 && lines[i - 1]!.startsWith('{"table":"learners"'))),
      );

      const target = await createBlankDatabase(suite.kind);
      try {
        await expect(restoreBackup(target.db, cut)).rejects.toThrow(/damaged or incomplete/);
        await expect(restoreBackup(target.db, noTrailer)).rejects.toThrow(/incomplete/);
        await expect(restoreBackup(target.db, badCount)).rejects.toThrow(
          /learners should have 30 rows but has 29/,
        );
        const empty = await tableFingerprints(target.db);
        expect(Object.values(empty).every((t) => t.rows === 0)).toBe(true);
        await restoreBackup(target.db, file);
        expect(await tableFingerprints(target.db)).toEqual(source);
      } finally {
        await target.close();
      }
    },
    SLOW,
  );
});
