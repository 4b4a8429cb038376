import { cpus, loadavg } from 'node:os';
import { renderCertificate, renderCohortCertificates } from '../src/index.ts';
import { sampleCertificate } from '../src/testing/sample.ts';

// How long one certificate and one large cohort file take to draw, and how big they are.
// Run: npx tsx bench/cohort.ts [learners] [english|mixed]
// "mixed" names learners in the languages of England's schools, so the embedded fonts are used.
const learners = Number(process.argv[2] ?? 300);
const names = process.argv[3] ?? 'english';
const MIXED = [
  'Łukasz Wiśniewski',
  'Ștefan Popescu',
  'Žemaitė Kazlauskaitė',
  'Дмитрий Иванов',
  'Олена Шевченко',
  'Αλέξανδρος Παπαδόπουλος',
  'İsmail Ağaoğlu',
  'Nguyễn Thị Phương',
  'Amelia Hart',
  'Siobhán Ó Ceallaigh',
];
const items = Array.from({ length: learners }, (_, i) =>
  sampleCertificate({
    learnerName:
      names === 'mixed' ? `${MIXED[i % MIXED.length]} ${i + 1}` : `Learner ${i + 1} Example`,
    verifyUrl: `https://bacc.example.org/v/${String(i).padStart(16, '0')}`,
  }),
);

await renderCertificate(items[0]!); // warm up fonts and the JIT
// One certificate: the median of 15, each a learner not drawn before.
const singles: number[] = [];
let oneBytes = 0;
for (let i = 1; i <= 15; i++) {
  const started = performance.now();
  oneBytes = (await renderCertificate(items[i % learners]!)).length;
  singles.push(performance.now() - started);
}
const oneMs = singles.sort((a, b) => a - b)[7]!;

const started = performance.now();
const cpuBefore = process.cpuUsage();
const all = await renderCohortCertificates(items);
const allMs = performance.now() - started;
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the others.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;

console.log(
  JSON.stringify(
    {
      names,
      singleName: items[15 % learners]!.learnerName,
      singleMs: Math.round(oneMs),
      singleBytes: oneBytes,
      cohortLearners: learners,
      cohortMs: Math.round(allMs),
      cohortBytes: all.length,
      msPerLearner: Number((allMs / learners).toFixed(1)),
      cpuMsPerLearner: Number((cpuMs / learners).toFixed(1)),
      bytesPerLearner: Math.round(all.length / learners),
      machine: { cpus: cpus().length, loadavg: loadavg().map((n) => Number(n.toFixed(2))) },
    },
    null,
    2,
  ),
);
