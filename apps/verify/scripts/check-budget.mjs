// Fails the build when the JavaScript the code-entry page loads up front grows past its budget:
// the page must stay fast on a slow phone. The credential verifier is loaded only when a file is
// dropped or pasted, so it is reported but not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 100 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

// What index.html loads: its module scripts and the chunks it preloads.
const upFront = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]),
);
if (upFront.size === 0)
  throw new Error('check-budget: index.html loads no script; is the build broken?');

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const initial = [...upFront].map((file) => ({ file, gzip: gz(file) }));
const total = initial.reduce((sum, f) => sum + f.gzip, 0);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !upFront.has(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }));

for (const f of initial) console.log(`  up front  ${f.file}  ${kb(f.gzip)} gzipped`);
for (const f of lazy) console.log(`  on demand ${f.file}  ${kb(f.gzip)} gzipped`);
console.log(`Code-entry page JavaScript: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(
    `Over budget by ${kb(total - BUDGET_BYTES)}: keep heavy code behind a dynamic import.`,
  );
  process.exit(1);
}
