import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  connectDatabase,
  type DatabaseHandle,
  migrateToLatest,
  recordAuditEvent,
  sql,
  type TableFingerprint,
  tableFingerprints,
} from '@bacc/db';
import { createBlankDatabase } from '@bacc/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '../seed/index.ts';

const folder = mkdtempSync(join(tmpdir(), 'bacc-cli-backup-'));
const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs one of the real commands as `npm run <name>` would, against the given database. */
function run(
  command: string,
  file: string,
  target: { dataDir?: string; url?: string },
  extra: string[] = [],
) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: folder, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.BACC_DATA_DIR;
  if (target.url) env.DATABASE_URL = target.url;
  if (target.dataDir) env.BACC_DATA_DIR = target.dataDir;
  const args = ['--import', 'tsx', join(here, `${command}.ts`), ...(file ? [file] : []), ...extra];
  // From the workspace, so `--import tsx` resolves; INIT_CWD makes file names relative to folder.
  const done = spawnSync(process.execPath, args, {
    env,
    encoding: 'utf8',
    cwd: join(here, '../..'),
  });
  return { code: done.status, out: done.stdout, err: done.stderr };
}

async function fingerprintsOf(target: { dataDir?: string; handle?: DatabaseHandle }) {
  if (target.handle) return tableFingerprints(target.handle.db);
  const h = await connectDatabase({ dataDir: target.dataDir });
  try {
    return await tableFingerprints(h.db);
  } finally {
    await h.close();
  }
}

const postgres = inject('baccPostgresUrl') !== null;

// Each step starts a real command (tsx and a database) on two shared cores: allow minutes, not seconds.
describe('npm run backup / restore / audit:verify on the demo data', { timeout: 240_000 }, () => {
  const pgliteSource = join(folder, 'source');
  let source: Record<string, TableFingerprint>;
  let auditEntries: number;
  let pg: DatabaseHandle | undefined;
  let pgUrl: string | undefined;

  beforeAll(async () => {
    const h = await connectDatabase({ dataDir: pgliteSource });
    await migrateToLatest(h.db);
    await seedDemoData(h.db);
    // A log with some history, written the way services write it.
    const trust = await h.db.selectFrom('trusts').select('id').executeTakeFirstOrThrow();
    for (let i = 0; i < 20; i++) {
      await recordAuditEvent(h.db, {
        trustId: trust.id,
        centreId: null,
        actorUserId: null,
        action: 'learner.updated',
        entity: 'learner',
        entityId: String(i),
        before: { hours: i, note: 'Zoë “quoted”' },
        after: { hours: i + 0.5 },
      });
    }
    source = await tableFingerprints(h.db);
    auditEntries = source.audit_events!.rows;
    await h.close();
    if (postgres) {
      pg = await createBlankDatabase('postgres');
      const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(pg.db);
      const u = new URL(inject('baccPostgresUrl')!);
      u.pathname = `/${rows[0]!.db}`;
      pgUrl = u.toString();
    }
  }, 240_000);
  afterAll(async () => {
    await pg?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the seeded source verifies and backs up every table', () => {
    const verified = run('audit-verify', '', { dataDir: pgliteSource });
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      new RegExp(`^OK: the audit log .* holds ${auditEntries} entries, each chained`),
    );
    // The newest entry, as printed, checks out when given back; a different hash does not.
    const newest = /Newest entry (\d+:[0-9a-f]{64})/.exec(verified.out)![1]!;
    expect(run('audit-verify', '', { dataDir: pgliteSource }, ['--expect', newest]).code).toBe(0);
    const wrong = run('audit-verify', '', { dataDir: pgliteSource }, [
      '--expect',
      newest.replace(/:.*/, `:${'0'.repeat(64)}`),
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/not the one recorded/);
    const malformed = run('audit-verify', '', { dataDir: pgliteSource }, ['--expect', 'yesterday']);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/--expect takes ID:HASH/);
    const backup = run('backup', 'demo.bacc.gz', { dataDir: pgliteSource });
    expect(backup.err).not.toMatch(/Error/);
    expect(backup.code).toBe(0);
    const tables = Object.keys(source).length;
    expect(backup.out).toMatch(new RegExp(`Backed up ${tables} tables`));
    expect(source.learners!.rows).toBeGreaterThanOrEqual(300);
  });

  it('refuses to overwrite a backup file', () => {
    const again = run('backup', 'demo.bacc.gz', { dataDir: pgliteSource });
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });

  it('restores PGlite into a new PGlite folder, every table identical', async () => {
    const restored = join(folder, 'restored');
    const done = run('restore', 'demo.bacc.gz', { dataDir: restored });
    expect(done.err).not.toMatch(/Error/);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(
      new RegExp(`OK: the audit log verifies \\(${auditEntries} entries\\)`),
    );
    expect(await fingerprintsOf({ dataDir: restored })).toEqual(source);
    const refused = run('restore', 'demo.bacc.gz', { dataDir: restored });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already holds a database/);
  });

  (postgres ? it : it.skip)(
    'restores PGlite into PostgreSQL, and that back into PGlite, every table identical',
    async () => {
      const intoPg = run('restore', 'demo.bacc.gz', { url: pgUrl! });
      expect(intoPg.code).toBe(0);
      expect(await fingerprintsOf({ handle: pg! })).toEqual(source);
      expect(run('audit-verify', '', { url: pgUrl! }).code).toBe(0);

      expect(run('backup', 'from-pg.bacc.gz', { url: pgUrl! }).code).toBe(0);
      const back = join(folder, 'back-from-pg');
      const done = run('restore', 'from-pg.bacc.gz', { dataDir: back });
      expect(done.code).toBe(0);
      expect(await fingerprintsOf({ dataDir: back })).toEqual(source);

      const refused = run('restore', 'demo.bacc.gz', { url: pgUrl! });
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/not empty/);
    },
  );

  it('audit:verify exits 1 and names the entry when one was altered', async () => {
    const restored = join(folder, 'restored');
    const h = await connectDatabase({ dataDir: restored });
    const { rows } = await sql<{ id: string }>`
      select id::text as id from audit_events order by id offset 3 limit 1`.execute(h.db);
    const target = rows[0]!.id;
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(h.db);
    await sql`update audit_events set actor_user_id = null, action = 'learner.deleted' where id = ${target}::bigint`.execute(
      h.db,
    );
    await h.close();
    const verdict = run('audit-verify', '', { dataDir: restored });
    expect(verdict.code).toBe(1);
    expect(verdict.out).toMatch(
      new RegExp(`^BROKEN: audit entry ${target} does not verify: .*altered`),
    );
  });
});
