import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type DatabaseHandle, migrateToLatest, sql } from '@bacc/db';
import { testSecrets } from '../src/context.ts';
import { seedDecidedTrust } from '../src/services/analytics/seeded-trust.ts';
import { callerFor, createTenantWithUsers } from '../src/testing/index.ts';
import { machineFacts, writeResult } from './report/machine.ts';

// Approving one big submission: every learner with a tier gets a signed credential, a random
// status-list entry and an audit event, all in the approval's transaction. Then one revocation
// (re-signs a 131,072-entry list) and one reissue.
const LEARNERS = Number(process.env.BENCH_ISSUANCE_LEARNERS ?? 700);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../bench/results/issuance.json');
const seconds = (ms: number) => Math.round(ms) / 1000;

async function run(kind: 'pglite' | 'postgres', handle: DatabaseHandle) {
  const { db } = handle;
  await migrateToLatest(db);
  const t = await createTenantWithUsers(db, 'Bench');
  await seedDecidedTrust(db, t, { centreA: LEARNERS, centreB: 1 });
  const cohort = await db
    .selectFrom('cohorts')
    .select('id')
    .where('centre_id', '=', t.centreA.id)
    .where('leaving_year', '=', 2026)
    .executeTakeFirstOrThrow();
  const learners = await db
    .selectFrom('learners')
    .select('id')
    .where('centre_id', '=', t.centreA.id)
    .where('leaving_year', '=', 2026)
    .execute();
  const submission = await db
    .insertInto('submissions')
    .values({
      trust_id: t.trust.id,
      centre_id: t.centreA.id,
      cohort_id: cohort.id,
      learner_count: learners.length,
      submitted_by: t.centreAdminA.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('learners')
    .set({ submission_id: submission.id })
    .where(
      'id',
      'in',
      learners.map((l) => l.id),
    )
    .execute();
  const admin = callerFor(db, t.admin, { secrets: testSecrets });
  const trustId = t.trust.id;

  const a0 = performance.now();
  const approved = await admin.trust.submissions.approve({ trustId, submissionId: submission.id });
  const a1 = performance.now();
  const awards = await db
    .selectFrom('awards')
    .select('id')
    .where('submission_id', '=', submission.id)
    .execute();
  const r0 = performance.now();
  await admin.trust.awards.revoke({ trustId, awardId: awards[0]!.id, reason: 'Benchmark revoke' });
  const r1 = performance.now();
  await admin.trust.awards.reissue({
    trustId,
    awardId: awards[1]!.id,
    reason: 'Benchmark reissue',
  });
  const r2 = performance.now();
  const figures = {
    learnersSubmitted: learners.length,
    awardsIssued: approved.awardsIssued,
    approveSeconds: seconds(a1 - a0),
    awardsPerSecond: Math.round(approved.awardsIssued / ((a1 - a0) / 1000)),
    revokeMs: Math.round(r1 - r0),
    reissueMs: Math.round(r2 - r1),
  };
  console.log(kind, figures);
  return figures;
}

async function postgres(url: string) {
  const name = `bacc_bench_${randomBytes(4).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await connectDatabase({ url: u.toString(), poolSize: 4 });
  try {
    return await run('postgres', handle);
  } finally {
    await handle.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  }
}

async function main() {
  const loadAtStart = loadavg()[0];
  const pgliteHandle = await connectDatabase({});
  const pglite = await run('pglite', pgliteHandle).finally(() => pgliteHandle.close());
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const pg = url ? await postgres(url) : null;
  if (!url)
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to run it.');
  const result = {
    benchmark:
      'Approve one submission: sign an OB 3.0 credential (eddsa-rdfc-2022) per learner with a tier, random status-list entry, audit; then one revoke and one reissue',
    learners: LEARNERS,
    awardsPerSecondPglite: pglite.awardsPerSecond,
    awardsPerSecondPostgres: pg?.awardsPerSecond ?? null,
    pglite,
    postgres: pg,
    machine: machineFacts(loadAtStart),
    measuredAt: new Date().toISOString(),
  };
  writeResult(out, result);
  console.log(`Wrote ${out}`);
}

await main();
