import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFramework } from '../src/compile-framework.ts';
import { nationalBaccalaureate } from '../src/fixtures/national-bacc.ts';
import { generateRecords } from './generate-records.ts';
import { nationalBaccRulesEngine } from './json-rules-national-bacc.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../../bench/results/criteria-engine.json');

function timed(label: string, run: () => void): number {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  const rate = Math.round(RECORDS / seconds);
  console.log(
    `${label}: ${RECORDS} learners in ${seconds.toFixed(2)} s = ${rate.toLocaleString('en-GB')} learners/s`,
  );
  return rate;
}

async function main() {
  console.log(`Generating ${RECORDS} National Bacc records...`);
  const records = generateRecords(RECORDS);
  const bacc = compileFramework(nationalBaccalaureate);
  const tiers: (string | null)[] = new Array(RECORDS);

  for (let i = 0; i < Math.min(RECORDS, 20_000); i++) {
    bacc.evaluate(records[i]!, { explain: true });
    bacc.evaluate(records[i]!);
  }
  const withExplanations = timed('criteria engine, with explanations', () => {
    for (let i = 0; i < RECORDS; i++)
      tiers[i] = bacc.evaluate(records[i]!, { explain: true }).tier?.id ?? null;
  });
  const decisionOnly = timed('criteria engine, decision only', () => {
    for (let i = 0; i < RECORDS; i++) {
      const tier = bacc.evaluate(records[i]!).tier?.id ?? null;
      if (tier !== tiers[i])
        throw new Error(`Explained and fast decisions differ for ${records[i]!.learnerId}`);
    }
  });

  const decideWithRulesEngine = nationalBaccRulesEngine();
  let sameTiers = true;
  let disagreements = 0;
  const start = performance.now();
  for (let i = 0; i < RECORDS; i++) {
    const tier = await decideWithRulesEngine(records[i]!);
    if (tier !== tiers[i]) {
      sameTiers = false;
      if (disagreements++ < 3)
        console.log(
          `disagree on ${records[i]!.learnerId}: engine ${tiers[i]}, json-rules-engine ${tier}`,
        );
    }
  }
  const jreSeconds = (performance.now() - start) / 1000;
  const jsonRulesEngine = Math.round(RECORDS / jreSeconds);
  console.log(
    `json-rules-engine: ${RECORDS} learners in ${jreSeconds.toFixed(2)} s = ${jsonRulesEngine.toLocaleString('en-GB')} learners/s`,
  );

  const distribution: Record<string, number> = {};
  for (const t of tiers) distribution[t ?? 'none'] = (distribution[t ?? 'none'] ?? 0) + 1;
  const figures = {
    framework: `${nationalBaccalaureate.id}@${nationalBaccalaureate.version}`,
    records: RECORDS,
    learnersPerSecondWithExplanations: withExplanations,
    learnersPerSecondDecisionOnly: decisionOnly,
    jsonRulesEngineLearnersPerSecond: jsonRulesEngine,
    speedupWithExplanations: Math.round((withExplanations / jsonRulesEngine) * 10) / 10,
    speedupDecisionOnly: Math.round((decisionOnly / jsonRulesEngine) * 10) / 10,
    sameTiers,
    disagreements,
    tierDistribution: distribution,
    singleThread: true,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      platform: `${platform()} ${release()}`,
      node: process.version,
    },
    ranAt: new Date().toISOString(),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Wrote ${out}`);
  if (!sameTiers) process.exitCode = 1;
}

await main();
