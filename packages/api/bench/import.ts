import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, type DatabaseHandle, migrateToLatest, sql } from '@bacc/db';
import { importStageInputSchema, importStartInputSchema, type SessionUser } from '@bacc/schema';
import superjson from 'superjson';
import { createContextInner } from '../src/context.ts';
import { commitImport } from '../src/services/import/commit.ts';
import { parseCsv } from '../src/services/import/csv.ts';
import { dryRunImport } from '../src/services/import/dry-run.ts';
import { publishFrameworkFor } from '../src/services/import/fixtures.ts';
import {
  stageImportChunk,
  startImport,
  suggestImportMapping,
} from '../src/services/import/sessions.ts';
import { ulnFor } from '../src/services/import/testing.ts';
import { machineFacts, writeResult } from './report/machine.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const RESULTS_PER_LEARNER = 10;
const CHUNK = 2_000;
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../bench/results/import.json');

const A_LEVEL = ['U', 'E', 'D', 'C', 'B', 'A', 'A*'];
const GCSE = ['U', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A trust, a centre, a user, 60 qualifications and ROWS / 10 learners, inserted directly. */
async function seed(handle: DatabaseHandle) {
  const { db } = handle;
  const trust = await db
    .insertInto('trusts')
    .values({ name: 'Bench Trust', slug: `bench-${randomBytes(3).toString('hex')}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const centre = await db
    .insertInto('centres')
    .values({
      trust_id: trust.id,
      urn: '100001',
      name: 'Bench College',
      kind: 'college',
      town: 'Leeds',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({
      trust_id: trust.id,
      centre_id: centre.id,
      email: 'bench@example.org',
      display_name: 'Bench',
      role: 'centre_staff',
      password_hash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('grade_scales')
    .values([
      { trust_id: trust.id, key: 'a_level', name: 'A level', grades: JSON.stringify(A_LEVEL) },
      { trust_id: trust.id, key: 'gcse_9_1', name: 'GCSE', grades: JSON.stringify(GCSE) },
    ])
    .execute();
  const quals = Array.from({ length: 60 }, (_, i) => {
    const aLevel = i < 30;
    return {
      trust_id: trust.id,
      qn: `60${aLevel ? 1 : 3}/${String(1000 + i).padStart(4, '0')}/${i % 10}`,
      title: `${aLevel ? 'A level' : 'GCSE'} Subject ${i}`,
      type: aLevel ? 'a_level' : 'gcse',
      subject: i % 30 === 0 ? 'english' : i % 30 === 1 ? 'maths' : `subject_${i % 30}`,
      level: aLevel ? 3 : 2,
      glh: aLevel ? 360 : 120,
      tqt: null,
      size_a_levels: aLevel ? 1 : null,
      category: 'general' as const,
      discount_code: null,
      grade_scale: aLevel ? 'a_level' : 'gcse_9_1',
    };
  });
  await db.insertInto('qualifications').values(quals).execute();
  const learnerCount = Math.ceil(ROWS / RESULTS_PER_LEARNER);
  const ulns = Array.from({ length: learnerCount }, (_, i) => ulnFor(i));
  for (let i = 0; i < learnerCount; i += 5_000)
    await db
      .insertInto('learners')
      .values(
        ulns.slice(i, i + 5_000).map((uln, j) => ({
          trust_id: trust.id,
          centre_id: centre.id,
          uln,
          upn: null,
          legal_given_name: 'Sam',
          legal_family_name: `Learner ${i + j}`,
          preferred_name: null,
          date_of_birth: '2008-09-01',
          leaving_year: 2026,
        })),
      )
      .execute();
  await publishFrameworkFor(db, trust.id, [centre.id], [2026]);
  const sessionUser: SessionUser = {
    id: user.id,
    email: 'bench@example.org',
    displayName: 'Bench',
    role: 'centre_staff',
    trustId: trust.id,
    trustName: 'Bench Trust',
    centreId: centre.id,
    centreName: 'Bench College',
  };
  return { centreId: centre.id, user: sessionUser, ulns, quals };
}

/** A results export as an MIS writes it: BOM, CRLF, quoted titles, UK dates. */
function resultsFile(ulns: string[], quals: Array<{ qn: string; title: string; type: string }>) {
  const lines = [
    '\uFEFFULN,Legal Surname,Forename,QAN,Qualification Title,Grade,Status,Date Awarded',
  ];
  for (let r = 0; r < ROWS; r++) {
    const learner = Math.floor(r / RESULTS_PER_LEARNER);
    const q = quals[(learner * 7 + (r % RESULTS_PER_LEARNER) * 3) % quals.length]!;
    const scale = q.type === 'a_level' ? A_LEVEL : GCSE;
    const grade = scale[1 + ((learner + r) % (scale.length - 1))]!;
    lines.push(
      `${ulns[learner]},"Learner ${learner}",Sam,${q.qn},"${q.title}",${grade},Confirmed,15/08/2026`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

async function run(kind: 'pglite' | 'postgres', handle: DatabaseHandle) {
  await migrateToLatest(handle.db);
  const seedStart = performance.now();
  const { centreId, user, ulns, quals } = await seed(handle);
  const seedMs = performance.now() - seedStart;
  const text = resultsFile(ulns, quals);
  // The service verbs the import procedures call, each input checked by the procedure's schema
  // after a superjson round trip, as over HTTP (the bench does not depend on every other router).
  const ctx = { ...createContextInner({ db: handle.db, user }), user };
  const scope = { trustId: user.trustId, centreId };
  const wire = <T>(input: T): T => superjson.parse(superjson.stringify(input));
  const upload = async (file: ReturnType<typeof parseCsv>) => {
    const { mapping } = await suggestImportMapping(ctx, scope, 'results', file.headers);
    const start = importStartInputSchema.parse(
      wire({
        kind: 'results',
        fileName: 'results.csv',
        headers: file.headers,
        mapping,
        rowCount: file.rows.length,
      }),
    );
    const { sessionId } = await startImport(ctx, scope, start);
    for (let i = 0; i < file.rows.length; i += CHUNK) {
      const chunk = importStageInputSchema.parse(
        wire({ sessionId, rows: file.rows.slice(i, i + CHUNK) }),
      );
      await stageImportChunk(ctx, scope, sessionId, chunk.rows);
    }
    return sessionId;
  };

  const t0 = performance.now();
  const file = parseCsv(text);
  const t1 = performance.now();
  const sessionId = await upload(file);
  const t2 = performance.now();
  const dryRun = await dryRunImport(ctx, scope, sessionId);
  const t3 = performance.now();
  if (dryRun.errorCount > 0)
    throw new Error(`dry run found errors: ${JSON.stringify(dryRun.errors.slice(0, 3))}`);
  const commit = await commitImport(ctx, scope, sessionId);
  const t4 = performance.now();
  if (commit.status !== 'committed') throw new Error('commit did not commit');
  const stored = await handle.db
    .selectFrom('results')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(stored.n) !== ROWS) throw new Error(`expected ${ROWS} results, found ${stored.n}`);

  // The same file again: recognised by its hash, nothing written.
  const r0 = performance.now();
  const again = await upload(file);
  const replayDry = await dryRunImport(ctx, scope, again);
  const replay = await commitImport(ctx, scope, again);
  const r1 = performance.now();
  if (!replayDry.alreadyImported || replay.status !== 'already_imported')
    throw new Error('replay was not recognised');

  const totalMs = t4 - t0;
  const figures = {
    seedSeconds: seconds(seedMs),
    parseSeconds: seconds(t1 - t0),
    uploadAndRowChecksSeconds: seconds(t2 - t1),
    dryRunSeconds: seconds(t3 - t2),
    commitSeconds: seconds(t4 - t3),
    totalSeconds: seconds(totalMs),
    replaySeconds: seconds(r1 - r0),
    learnersDecided: commit.decided,
    rowsPerSecond: Math.round(ROWS / (totalMs / 1000)),
  };
  console.log(`${kind}: ${ROWS.toLocaleString('en-GB')} result rows`, figures);
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
  // Other work on a shared machine slows every phase; the load average says how busy it was.
  const loadAtStart = loadavg()[0];
  const pgliteHandle = await connectDatabase({});
  const pglite = await run('pglite', pgliteHandle).finally(() => pgliteHandle.close());
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const pg = url ? await postgres(url) : null;
  if (!url)
    console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to run it.');
  const result = {
    benchmark:
      'CSV results import: parse, upload in 2,000-row chunks, dry run, commit in one transaction, decide every learner',
    rows: ROWS,
    learners: Math.ceil(ROWS / RESULTS_PER_LEARNER),
    rowsPerSecondPglite: pglite.rowsPerSecond,
    rowsPerSecondPostgres: pg?.rowsPerSecond ?? null,
    pglite,
    postgres: pg,
    machine: machineFacts(loadAtStart),
    measuredAt: new Date().toISOString(),
  };
  writeResult(out, result);
  console.log(`Wrote ${out}`);
}

await main();
