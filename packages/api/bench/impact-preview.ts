import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFramework, hashFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import { connectDatabase, type DatabaseHandle, migrateToLatest, sql } from '@bacc/db';
import type { FrameworkDefinition, SessionUser } from '@bacc/schema';
import { createContextInner } from '../src/context.ts';
import {
  createDraft,
  getImpactPreview,
  saveDraft,
  settledImpactPreview,
  startImpactPreview,
  trustRecordBatches,
} from '../src/services/frameworks/index.ts';
import { decisionColumns } from '../src/services/records/decisions.ts';
import { generateTrust } from './impact-preview-data.ts';

const LEARNERS = Number(process.env.BENCH_IMPACT_LEARNERS ?? 100_000);
const RUNS = 3;
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../bench/results/impact-preview.json');
const log = (...args: unknown[]) => console.log('[impact-preview]', ...args);

/** The National Bacc as published, and a draft that raises Advanced's Personal Development hours. */
function raisedDraft(): FrameworkDefinition {
  const def = structuredClone(nationalBaccalaureate);
  const pd = def.tiers[0]!.requirements.find((r) => r.component === 'personal_development')!;
  (pd.rule as { of: { value: number }[] }).of[0]!.value = 120;
  return def;
}

async function openDatabase(kind: 'pglite' | 'postgres', url?: string) {
  if (kind === 'pglite') return { handle: await connectDatabase({}), drop: async () => {} };
  const name = `bacc_bench_${Date.now()}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const u = new URL(url!);
  u.pathname = `/${name}`;
  const handle = await connectDatabase({ url: u.toString(), poolSize: 8 });
  return {
    handle,
    drop: async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

/** Publishes the National Bacc, pins every cohort to it and stores every learner's decision. */
async function publishAndDecide(handle: DatabaseHandle, trustId: string, centreIds: string[]) {
  const { db } = handle;
  const version = await db
    .insertInto('framework_versions')
    .values({
      trust_id: trustId,
      name: nationalBaccalaureate.name,
      version_number: 1,
      status: 'published',
      definition: JSON.stringify(nationalBaccalaureate),
      definition_hash: hashFramework(nationalBaccalaureate),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('cohorts')
    .values(
      centreIds.flatMap((centre_id) =>
        [2025, 2026, 2027].map((leaving_year) => ({
          trust_id: trustId,
          centre_id,
          leaving_year,
          framework_version_id: version.id,
        })),
      ),
    )
    .execute();
  const framework = compileFramework(nationalBaccalaureate);
  // Decision only (the columns the preview compares), and one insert per batch from a JSON array.
  for await (const batch of trustRecordBatches(db, { trustId }, {}, 5_000)) {
    const rows = batch.learners.map((l) => ({
      ...decisionColumns(framework, version.id, framework.evaluate(batch.records.get(l.id)!)),
      trust_id: trustId,
      centre_id: l.centreId,
    }));
    await sql`insert into learner_decisions
      select * from json_populate_recordset(null::learner_decisions, ${JSON.stringify(rows)}::json)`.execute(
      db,
    );
  }
  return version.id;
}

async function benchDatabase(kind: 'pglite' | 'postgres', url?: string) {
  const { handle, drop } = await openDatabase(kind, url);
  try {
    const { db } = handle;
    await migrateToLatest(db);
    let t = performance.now();
    const { trustId, centreIds } = await generateTrust(handle, LEARNERS);
    const counts = await sql<{ results: number; activities: number; projects: number }>`
      select (select count(*) from results)::int as results, (select count(*) from activities)::int as activities,
             (select count(*) from projects)::int as projects`.execute(db);
    log(
      kind,
      `generated ${LEARNERS} learners in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      counts.rows[0],
    );
    t = performance.now();
    const publishedId = await publishAndDecide(handle, trustId, centreIds);
    log(kind, `stored decisions in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const admin = await db
      .insertInto('users')
      .values({
        trust_id: trustId,
        centre_id: null,
        email: 'bench-admin@example.org',
        display_name: 'Bench admin',
        role: 'trust_admin',
        password_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user: SessionUser = {
      id: admin.id,
      email: 'bench-admin@example.org',
      displayName: 'Bench admin',
      role: 'trust_admin',
      trustId,
      trustName: 'Bench Trust',
      centreId: null,
      centreName: null,
    };
    const ctx = { ...createContextInner({ db, user }), user };
    const scope = { trustId };
    const draft = await createDraft(ctx, scope, { kind: 'copy', versionId: publishedId });
    await saveDraft(ctx, scope, draft.id, draft.version, raisedDraft());

    const runs: { seconds: number; computeSeconds: number }[] = [];
    let last: Awaited<ReturnType<typeof getImpactPreview>> | null = null;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const job = await startImpactPreview(ctx, scope, { versionId: draft.id });
      await settledImpactPreview(job.id);
      last = await getImpactPreview(ctx, scope, job.id);
      const seconds = (performance.now() - started) / 1000;
      if (last.status !== 'done' || !last.result)
        throw new Error(`preview ${last.status}: ${last.error}`);
      runs.push({ seconds: round(seconds), computeSeconds: round(last.result.seconds) });
      log(
        kind,
        `run ${run + 1}: ${seconds.toFixed(2)} s for ${last.result.learners} learners, ${last.result.changed} would change`,
      );
    }
    const result = last!.result!;
    const best = Math.min(...runs.map((r) => r.seconds));
    return {
      learners: result.learners,
      seconds: best,
      learnersPerSecond: Math.round(result.learners / best),
      runs,
      evidenceRows: counts.rows[0],
      changed: result.changed,
      down: result.down,
      up: result.up,
      moves: result.moves,
    };
  } finally {
    await handle.close();
    await drop();
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

async function main() {
  const loadAtStart = loadavg();
  const databases: Record<string, Awaited<ReturnType<typeof benchDatabase>>> = {};
  databases.pglite = await benchDatabase('pglite');
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) databases.postgres = await benchDatabase('postgres', url);
  else log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to include it');
  const headline = databases.postgres ?? databases.pglite;
  const report = {
    benchmark:
      'impact preview: National Bacc draft with Advanced Personal Development hours raised from 100 to 120, every learner of the trust, end to end through the job (load, decide, compare, store)',
    learners: headline.learners,
    seconds: headline.seconds,
    headlineDatabase: databases.postgres ? 'postgres' : 'pglite',
    databases,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      platform: `${platform()} ${release()}`,
      node: process.version,
      // The machine is shared: other work running at the same time slows every figure here.
      loadAverage1mAtStartAndEnd: [round(loadAtStart[0] ?? 0), round(loadavg()[0] ?? 0)],
    },
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${out}`);
  log(
    JSON.stringify({
      learners: report.learners,
      seconds: report.seconds,
      pglite: databases.pglite.seconds,
      postgres: databases.postgres?.seconds ?? null,
    }),
  );
}

await main();
