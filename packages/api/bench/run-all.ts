import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Runs every benchmark in this folder, one process each (a bench is any .ts file here except this
// runner and *-data.ts helpers). BENCH_ONLY=name runs just that one.
const here = dirname(fileURLToPath(import.meta.url));
const only = process.env.BENCH_ONLY;
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts' && !f.endsWith('-data.ts'))
  .filter((f) => !only || f === `${only}.ts` || f === only)
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== bench/${bench} ===`);
  const run = spawnSync('npx', ['tsx', `bench/${bench}`], { cwd: dirname(here), stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
// bench/results.md: the headline figures of every result file, whichever benches just ran.
const report = spawnSync('npx', ['tsx', 'bench/report/results-md.ts'], {
  cwd: dirname(here),
  stdio: 'inherit',
});
if (report.status !== 0) failed++;
process.exit(failed === 0 ? 0 : 1);
