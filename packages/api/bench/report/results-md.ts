import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Writes bench/results.md from the JSON each benchmark left in bench/results/: one table of the
// headline figures, each with the database and the date it was measured, and the machine.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../bench');
// biome-ignore lint/suspicious/noExplicitAny: each result file has its own shape, read defensively
type Json = Record<string, any>;
const read = (name: string): Json | null => {
  const path = resolve(root, 'results', `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : null;
};
const when = (j: Json | null) => String(j?.measuredAt ?? j?.ranAt ?? '').slice(0, 10) || '-';
const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-GB') : '-');
const rows: string[][] = [];

const load = read('load');
for (const [name, f] of Object.entries<Json>(load?.endpoints ?? {}))
  rows.push([
    `${name} (real server, ${load?.connections} connections)`,
    `${n(f.requestsPerSecond)} req/s; p50 ${n(f.p50Ms)} ms; p99 ${n(f.p99Ms)} ms`,
    load?.database,
    when(load),
  ]);
const verify = read('verify');
if (verify)
  rows.push([
    `GET /api/v1/verify/{code}, ${n(verify.awards)} awards, real codes (bench/verify.ts)`,
    `${n(verify.server?.requestsPerSecond)} req/s; p50 ${n(verify.server?.p50Ms)} ms; p99 ${n(verify.server?.p99Ms)} ms`,
    verify.database,
    when(verify),
  ]);
const imported = read('import');
for (const db of ['postgres', 'pglite'] as const)
  if (imported?.[db])
    rows.push([
      `Import ${n(imported.rows)} result rows for ${n(imported.learners)} learners: upload, dry run, commit`,
      `${n(imported[db].totalSeconds)} s (commit ${n(imported[db].commitSeconds)} s); ${n(imported[db].rowsPerSecond)} rows/s`,
      db,
      when(imported),
    ]);
const impact = read('impact-preview');
for (const [db, f] of Object.entries<Json>(impact?.databases ?? {}))
  rows.push([
    `Impact preview of a framework change over ${n(f.learners)} learners`,
    `${n(f.seconds)} s; ${n(f.learnersPerSecond)} learners/s`,
    db,
    when(impact),
  ]);
const backup = read('backup');
for (const db of ['postgres', 'pglite'] as const)
  if (backup?.[db])
    rows.push([
      `Backup / restore of ${n(backup.learners)} learners (${n(backup[db].rows)} rows)`,
      `${n(backup[db].backupSeconds)} s / ${n(backup[db].restoreSeconds)} s`,
      db,
      when(backup),
    ]);
const engine = read('criteria-engine');
if (engine)
  rows.push([
    `Criteria engine over ${n(engine.records)} learner records, with explanations`,
    `${n(engine.learnersPerSecondWithExplanations)} learners/s`,
    'none',
    when(engine),
  ]);
const issuance = read('issuance');
for (const db of ['postgres', 'pglite'] as const)
  if (issuance?.[db])
    rows.push([
      'Approve a submission: sign one credential per learner',
      `${n(issuance[db].awardsPerSecond)} awards/s`,
      db,
      when(issuance),
    ]);

const machine = load?.machine ?? {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${platform()} ${release()}`,
  node: process.version,
};
const text = `# Benchmark results

Written by \`npm run bench\` (packages/api/bench/report/results-md.ts) from the JSON files in
\`bench/results/\`, which hold every figure and the method behind it. Figures were taken on a
shared machine where other work was running; compare runs on the same machine only.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.platform},
Node ${machine.node}, PostgreSQL ${load?.postgresVersion ?? 'not measured'}. **Written:** ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

| What | Figure | Database | Measured |
|---|---|---|---|
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
`;
writeFileSync(resolve(root, 'results.md'), text);
console.log(text);
