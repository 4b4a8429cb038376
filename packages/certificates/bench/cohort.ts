import { cpus, loadavg } from 'node:os';
import { renderCertificate, renderCohortCertificates } from '../src/index.ts';
import { sampleCertificate } from '../src/testing/sample.ts';

// How long one certificate and one large cohort file take to draw, and how big they are.
// Run: npx tsx bench/cohort.ts [learners]
const learners = Number(process.argv[2] ?? 300);
const items = Array.from({ length: learners }, (_, i) =>
  sampleCertificate({
    learnerName: `Learner ${i + 1} Example`,
    verifyUrl: `https://bacc.example.org/v/${String(i).padStart(16, '0')}`,
  }),
);

await renderCertificate(items[0]!); // warm up fonts and the JIT
let started = performance.now();
const one = await renderCertificate(items[0]!);
const oneMs = performance.now() - started;

started = performance.now();
const all = await renderCohortCertificates(items);
const allMs = performance.now() - started;

console.log(
  JSON.stringify(
    {
      singleMs: Math.round(oneMs),
      singleBytes: one.length,
      cohortLearners: learners,
      cohortMs: Math.round(allMs),
      cohortBytes: all.length,
      msPerLearner: Number((allMs / learners).toFixed(1)),
      machine: { cpus: cpus().length, loadavg: loadavg().map((n) => Number(n.toFixed(2))) },
    },
    null,
    2,
  ),
);
