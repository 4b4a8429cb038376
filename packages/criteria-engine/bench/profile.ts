import { compileFramework, type EvaluationStrategy } from '../src/compile-framework.ts';
import { nationalBaccalaureate } from '../src/fixtures/national-bacc.ts';
import { generateRecords } from './generate-records.ts';

/** Quick throughput check while tuning: `tsx bench/profile.ts explain|fast [generated|interpreted]`. */
const records = generateRecords(20000);
const strategy = (process.argv[3] ?? 'generated') as EvaluationStrategy;
const bacc = compileFramework(nationalBaccalaureate, { strategy });
const explain = process.argv[2] === 'explain';
for (let round = 0; round < 6; round++) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const r of records) bacc.evaluate(r, { explain });
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const wallSeconds = (performance.now() - wall) / 1000;
  if (round >= 3)
    console.log(
      `${bacc.strategy} ${explain ? 'explained' : 'decision only'}: wall ${Math.round(20000 / wallSeconds)}/s, cpu ${Math.round(20000 / cpuSeconds)}/s`,
    );
}
