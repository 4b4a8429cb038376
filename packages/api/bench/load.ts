import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectDatabase, sql } from '@bacc/db';
import { machineFacts, writeResult } from './report/machine.ts';

// The real server (as `npm start` runs it) on the demo data, driven over loopback by autocannon:
// the public verification endpoint and the portal reads a centre's staff use most, signed in.
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 16);
const STAFF = 'staff1.kirkgate@demo.bacc.test';
const DEMO_PASSWORD = 'demo-password-2026';
const here = dirname(fileURLToPath(import.meta.url));
const serverDir = resolve(here, '../../../apps/server');
const out = resolve(here, '../../../bench/results/load.json');

interface AutocannonResult {
  requests: { total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function startServer(env: Record<string, string>) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'bacc-bench-load-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TRUST_PROXY: '1',
      BACC_DEMO: '1',
      BACC_DATA_DIR: dataDir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'info',
      ...env,
    },
    // Request logs are written as in production, to nowhere; stdout has the welcome.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let welcome = '';
  child.stdout?.on('data', (d) => {
    if (welcome.length < 20_000) welcome += String(d);
  });
  let errors = '';
  child.stderr?.on('data', (d) => (errors += String(d)));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${errors}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready && welcome.includes('Bacc is running')) break;
    if (i > 900) throw new Error(`server not ready:\n${errors}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // The demo's award code, printed at start: lookups of it read an award and audit the check.
  const demoCode = welcome.match(/Demo award code\s+(\S+)/)?.[1];
  if (!demoCode) throw new Error(`no demo award code printed:\n${welcome}`);
  return {
    url,
    demoCode,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const trpcGet = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function trpcJson<T>(url: string, cookie: string, path: string, input: unknown): Promise<T> {
  const res = await fetch(`${url}${trpcGet(path, input)}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function signIn(url: string) {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email: STAFF, password: DEMO_PASSWORD } }),
  });
  if (!res.ok) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

async function drive(
  url: string,
  requests: () => { path: string; headers: Record<string, string> },
) {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...requests() }) }],
    });
  await run(WARM_UP_SECONDS);
  const r = await run(SECONDS);
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return {
    requestsPerSecond: Math.round(r.requests.total / r.duration),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    requests: r.requests.total,
  };
}

async function measure(url: string, demoCode: string) {
  const cookie = await signIn(url);
  const me = await trpcJson<{ centreId: string }>(url, cookie, 'auth.me', undefined);
  const centreId = me.centreId;
  const list = await trpcJson<{ items: Array<{ id: string }>; total: number }>(
    url,
    cookie,
    'centre.learners.list',
    { centreId, page: 1, pageSize: 100 },
  );
  const learnerIds = list.items.map((l) => l.id);
  if (learnerIds.length === 0) throw new Error('the demo centre has no learners');
  const sample = await fetch(`${url}/api/v1/verify/${demoCode}`);
  const answer = (await sample.json()) as { status?: string };
  if (answer.status !== 'valid')
    throw new Error(`the demo code answered ${JSON.stringify(answer)}`);
  let n = 0;
  const signedIn = (path: string) => () => ({ path, headers: { cookie } });
  const figures = {
    'GET /api/v1/verify/{code}': await drive(url, () => {
      n++;
      return {
        path: `/api/v1/verify/${demoCode}`,
        headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
      };
    }),
    'centre.learners.list (25 a page)': await drive(
      url,
      signedIn(trpcGet('centre.learners.list', { centreId, page: 1, pageSize: 25 })),
    ),
    'centre.cohorts.dashboard': await drive(
      url,
      signedIn(trpcGet('centre.cohorts.dashboard', { centreId, leavingYear: 2026 })),
    ),
    'centre.learners.record': await drive(url, () => {
      n++;
      const learnerId = learnerIds[n % learnerIds.length];
      return {
        path: trpcGet('centre.learners.record', { centreId, learnerId }),
        headers: { cookie },
      };
    }),
  };
  return { figures, centreLearners: list.total };
}

async function main() {
  const loadAtStart = loadavg()[0] ?? 0;
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let database: 'postgres' | 'pglite' = 'pglite';
  let postgresVersion: string | null = null;
  let result: Awaited<ReturnType<typeof measure>>;
  if (base) {
    database = 'postgres';
    const name = `bacc_bench_load_${randomBytes(4).toString('hex')}`;
    const admin = await connectDatabase({ url: base, poolSize: 1 });
    postgresVersion =
      (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(admin.db))
        .rows[0]?.v ?? null;
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    const u = new URL(base);
    u.pathname = `/${name}`;
    try {
      const server = await startServer({ DATABASE_URL: u.toString() });
      result = await measure(server.url, server.demoCode).finally(server.stop);
    } finally {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    }
  } else {
    console.log('No TEST_DATABASE_URL: measuring on embedded PGlite instead of PostgreSQL.');
    const server = await startServer({ DATABASE_URL: '' });
    result = await measure(server.url, server.demoCode).finally(server.stop);
  }
  const report = {
    benchmark:
      'the real server on the demo data over loopback: public verification lookups, and the portal reads centre staff use most, signed in',
    database,
    postgresVersion,
    connections: CONNECTIONS,
    durations: { warmUpSeconds: WARM_UP_SECONDS, measuredSeconds: SECONDS },
    centreLearners: result.centreLearners,
    endpoints: result.figures,
    method:
      'autocannon 9 against apps/server started as npm start does (LOG_LEVEL=info, logs discarded); verification lookups check the demo award code (an award read and an audit record each) from a different client address each (X-Forwarded-For, TRUST_PROXY=1) so none is rate limited; the portal reads carry one signed-in session cookie of a centre staff member',
    machine: machineFacts(loadAtStart),
    ranAt: new Date().toISOString(),
  };
  writeResult(out, report);
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
