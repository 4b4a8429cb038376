import { compileFramework } from '../src/compile-framework.ts';
import { nationalBaccalaureate } from '../src/fixtures/national-bacc.ts';
import { generateRecords } from './generate-records.ts';

/** Quick throughput check while tuning: `tsx bench/profile.ts explain|fast`. */
const records = generateRecords(20000);
const bacc = compileFramework(nationalBaccalaureate);
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
      `wall ${Math.round(20000 / wallSeconds)}/s, cpu ${Math.round(20000 / cpuSeconds)}/s`,
    );
}
