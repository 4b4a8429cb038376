import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditChain } from '../src/audit-chain/verify.ts';
import { writeBackup } from '../src/backup/backup.ts';
import { tableFingerprints } from '../src/backup/fingerprint.ts';
import { restoreBackup } from '../src/backup/restore.ts';
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from '../src/connect.ts';
import { sql } from '../src/index.ts';
import { migrateToLatest } from '../src/migrate.ts';

// Backup, restore and the audit chain at scale: LEARNERS learners and as many audit entries
// (each written through the chain trigger), backed up, restored into a new database of the same
// kind, compared table by table, and the chain verified.
const LEARNERS = Number(process.env.BENCH_BACKUP_LEARNERS ?? 100_000);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../bench/results/backup.json');
const folder = mkdtempSync(join(tmpdir(), 'bacc-backup-bench-'));
const seconds = (ms: number) => Math.round(ms) / 1000;

/** Peak resident memory of this process while `work` runs, above what it was before. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await work();
    return { value, peakMiB: Math.round((peak - start) / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

async function fill(db: DatabaseHandle['db']) {
  const trust = await sql<{ id: string }>`
    insert into trusts (name, slug) values ('Bench Trust', ${`bench-${randomBytes(3).toString('hex')}`})
    returning id`.execute(db);
  const trustId = trust.rows[0]!.id;
  const centre = await sql<{ id: string }>`
    insert into centres (trust_id, urn, name, kind, town)
    values (${trustId}::uuid, '100001', 'Bench College', 'college', 'Leeds') returning id`.execute(
    db,
  );
  const centreId = centre.rows[0]!.id;
  await sql`
    insert into learners (trust_id, centre_id, legal_given_name, legal_family_name, date_of_birth, leaving_year)
    select ${trustId}::uuid, ${centreId}::uuid, 'Zoë', 'Learner ' || n, date '2008-09-01' + (n % 365), 2026
    from generate_series(1, ${LEARNERS}) n`.execute(db);
  const t0 = performance.now();
  for (let from = 1; from <= LEARNERS; from += 10_000) {
    await sql`
      insert into audit_events (trust_id, centre_id, action, entity, entity_id, after)
      select ${trustId}::uuid, ${centreId}::uuid, 'learner.created', 'learner', n::text,
        jsonb_build_object('n', n, 'hours', n / 3.0, 'name', 'Zoë “' || n || '”')
      from generate_series(${from}::int, ${Math.min(from + 9_999, LEARNERS)}::int) n`.execute(db);
  }
  return performance.now() - t0;
}

async function open(kind: DatabaseKind, url: string | undefined) {
  if (kind === 'pglite') return connectDatabase({});
  const name = `bacc_bench_${randomBytes(4).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const u = new URL(url!);
  u.pathname = `/${name}`;
  const handle = await connectDatabase({ url: u.toString(), poolSize: 2 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

async function run(kind: DatabaseKind, url?: string) {
  const source = await open(kind, url);
  const target = await open(kind, url);
  try {
    await migrateToLatest(source.db);
    const auditMs = await fill(source.db);
    const v0 = performance.now();
    const verdict = await verifyAuditChain(source.db);
    const verifyMs = performance.now() - v0;
    if (!verdict.ok) throw new Error(`chain broken: ${verdict.reason}`);

    const file = join(folder, `${kind}.bacc.gz`);
    const b0 = performance.now();
    const backup = await peakRss(() => writeBackup(source.db, file, { kind }));
    const backupMs = performance.now() - b0;
    const r0 = performance.now();
    const restore = await peakRss(() => restoreBackup(target.db, file));
    const restoreMs = performance.now() - r0;
    const [a, b] = [await tableFingerprints(source.db), await tableFingerprints(target.db)];
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('restored tables differ');
    const figures = {
      rows: backup.value.rows,
      auditEntries: verdict.count,
      auditInsertsPerSecond: Math.round(LEARNERS / (auditMs / 1000)),
      verifyEntriesPerSecond: Math.round(verdict.count / (verifyMs / 1000)),
      backupSeconds: seconds(backupMs),
      backupRowsPerSecond: Math.round(backup.value.rows / (backupMs / 1000)),
      backupMiB: Math.round((statSync(file).size / 2 ** 20) * 10) / 10,
      backupPeakExtraRssMiB: backup.peakMiB,
      restoreSeconds: seconds(restoreMs),
      restoreRowsPerSecond: Math.round(restore.value.rows / (restoreMs / 1000)),
      restorePeakExtraRssMiB: restore.peakMiB,
      tablesCompared: Object.keys(a).length,
    };
    console.log(kind, figures);
    return figures;
  } finally {
    await source.close();
    await target.close();
  }
}

async function main() {
  const loadAtStart = loadavg()[0];
  const pglite = await run('pglite');
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const postgres = url ? await run('postgres', url) : null;
  if (!url)
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to run it.');
  rmSync(folder, { recursive: true, force: true });
  const result = {
    benchmark: `backup and restore of ${LEARNERS.toLocaleString('en-GB')} learners and as many chained audit entries; audit chain insert and verification rates`,
    learners: LEARNERS,
    pglite,
    postgres,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      platform: `${platform()} ${release()}`,
      node: process.version,
      loadAverageAtStart: Math.round((loadAtStart ?? 0) * 10) / 10,
      loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    },
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}

await main();
