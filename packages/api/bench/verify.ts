import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, migrateToLatest, sql } from '@bacc/db';
import { machineFacts, writeResult } from './report/machine.ts';
import { seedAwards } from './verify-data.ts';

// Verification lookups per second and p99 latency through the real server (its middleware, rate
// limit and audit record included), side by side with a bare Hono handler running the same
// award query, both over loopback with the same load.
const AWARDS = Number(process.env.BENCH_VERIFY_AWARDS ?? 20_000);
const SECONDS = Number(process.env.BENCH_VERIFY_SECONDS ?? 15);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = Number(process.env.BENCH_VERIFY_CONNECTIONS ?? 32);
const here = dirname(fileURLToPath(import.meta.url));
const serverDir = resolve(here, '../../../apps/server');
const out = resolve(here, '../../../bench/results/verify.json');

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * Drives GET {prefix}{code} with a different client address on every request (through the
 * trusted proxy header), so the per-address limit is exercised but never reached.
 */
async function load(url: string, prefix: string, codes: string[], seconds: number) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => {
          n++;
          return {
            ...req,
            path: `${prefix}${codes[n % codes.length]}`,
            headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
          };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}${prefix}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    seconds: result.duration,
  };
}

async function measure(url: string, prefix: string, codes: string[], expected = 'valid') {
  const sample = await fetch(`${url}${prefix}${codes[0]}`, {
    headers: { 'x-forwarded-for': '192.0.2.1' },
  });
  const body = (await sample.json()) as { status?: string };
  if (body.status !== expected)
    throw new Error(`${prefix}: ${codes[0]} answered ${JSON.stringify(body)}`);
  await load(url, prefix, codes, WARM_UP_SECONDS);
  return load(url, prefix, codes, SECONDS);
}

/**
 * A server process on the seeded database: the real one (started as `npm start` starts it) or
 * the baseline, each in its own Node process so neither shares a CPU thread with the load.
 */
async function startProcess(which: 'server' | 'baseline', env: Record<string, string>) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const [cwd, entry] =
    which === 'server' ? [serverDir, 'src/main.ts'] : [here, 'verify/baseline-server.ts'];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TRUST_PROXY: '1',
      BACC_DEMO: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    // Request logs are written as in production, to nowhere.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d) => (errors += String(d)));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${errors}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error(`server not ready:\n${errors}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}

async function run(kind: 'postgres' | 'pglite', url: string | undefined) {
  const secret = randomBytes(32);
  const secrets = { key: new Uint8Array(secret) };
  const dataDir = mkdtempSync(join(tmpdir(), 'bacc-bench-verify-'));
  const connect = () => connectDatabase(url ? { url } : { dataDir });
  const seeding = await connect();
  await migrateToLatest(seeding.db);
  const seedStart = performance.now();
  const codes = await seedAwards(seeding.db, secrets, AWARDS);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  // PGlite is one process's database: the seeding handle lets go before the server opens it.
  if (kind === 'pglite') await seeding.close();

  const env = {
    DATABASE_URL: url ?? '',
    BACC_DATA_DIR: dataDir,
    BACC_SECRET_KEY: secret.toString('base64'),
  };
  const server = await startProcess('server', env);
  const phases = async () => {
    const real = await measure(server.url, '/api/v1/verify/', codes);
    // Where the time goes: unknown codes skip the award and its audit record; /livez is the
    // server's own ceiling (middleware and HTTP, no database).
    const unknown = codes.map((c) => c.replace(/^./, c[0] === '0' ? '1' : '0'));
    const notFound = await measure(server.url, '/api/v1/verify/', unknown, 'not_found');
    const livez = await measure(server.url, '/livez', [''], 'ok');
    return { real, notFound, livez };
  };
  const { real, notFound, livez } = await phases().finally(server.stop);

  const baselineServer = await startProcess('baseline', env);
  const baseline = await measure(baselineServer.url, '/baseline/', codes).finally(
    baselineServer.stop,
  );
  const handle = kind === 'pglite' ? await connect() : seeding;
  const audited = await handle.db
    .selectFrom('audit_events')
    .select((e) => e.fn.countAll<string>().as('n'))
    .where('action', '=', 'award.verified')
    .executeTakeFirstOrThrow();
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { real, notFound, livez, baseline, seedSeconds, auditedLookups: Number(audited.n) };
}

async function postgresDatabase(url: string) {
  const name = `bacc_bench_verify_${randomBytes(4).toString('hex')}`;
  const admin = await connectDatabase({ url, poolSize: 1 });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

async function main() {
  const loadAtStart = loadavg()[0] ?? 0;
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let database: 'postgres' | 'pglite' = 'pglite';
  let figures: Awaited<ReturnType<typeof run>>;
  if (base) {
    database = 'postgres';
    const pg = await postgresDatabase(base);
    figures = await run('postgres', pg.url).finally(pg.drop);
  } else {
    console.log('No TEST_DATABASE_URL: measuring on embedded PGlite instead of PostgreSQL.');
    figures = await run('pglite', undefined);
  }
  const { real, baseline, notFound, livez } = figures;
  const result = {
    benchmark:
      'GET /api/v1/verify/{code} on the real server (middleware, per-address rate limit, audit record) vs a bare Hono handler running the same award query, over loopback',
    requestsPerSecond: real.requestsPerSecond,
    p99Ms: real.p99Ms,
    baselineRequestsPerSecond: baseline.requestsPerSecond,
    baselineP99Ms: baseline.p99Ms,
    database,
    ...(database === 'pglite'
      ? {
          note: 'PGlite (embedded, one connection): set TEST_DATABASE_URL for the PostgreSQL figures',
        }
      : {}),
    awards: AWARDS,
    connections: CONNECTIONS,
    durations: {
      warmUpSeconds: WARM_UP_SECONDS,
      measuredSeconds: SECONDS,
      seedSeconds: Math.round(figures.seedSeconds * 10) / 10,
    },
    server: real,
    baseline,
    breakdown: {
      unknownCodesRequestsPerSecond: notFound.requestsPerSecond,
      unknownCodesP99Ms: notFound.p99Ms,
      livezRequestsPerSecond: livez.requestsPerSecond,
      livezP99Ms: livez.p99Ms,
      meaning:
        'unknown codes: the same endpoint without an award to read or an audit record to write (the rate-limit write remains); /livez: the real server with no database work at all',
    },
    method: {
      load: 'autocannon 9, fixed connections and duration, after a warm-up run; every request a seeded code and a different client address (X-Forwarded-For, TRUST_PROXY=1), so each real lookup counts against a fresh rate-limit window and none is refused',
      server:
        'apps/server started as npm start does (LOG_LEVEL=info, request logs discarded), in its own Node process; per lookup: rate-limit upsert, award query, audit insert',
      baseline:
        'Hono + @hono/node-server in the bench process: normalise the code, hash it, run the same award query (findAwardByCodeHash), answer JSON; no middleware, no rate limit, no audit',
    },
    auditedLookups: figures.auditedLookups,
    machine: machineFacts(loadAtStart),
    ranAt: new Date().toISOString(),
  };
  writeResult(out, result);
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
