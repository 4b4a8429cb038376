import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { compileFramework } from '../src/compile-framework.ts';
import { frameworkFixtures } from '../src/fixtures/index.ts';
import { learnerRecordArb } from '../test/arbitraries.ts';
import { fixtureRecordArbs } from '../test/fixture-arbitraries.ts';
import { generateRecords } from './generate-records.ts';

/** Dev check: JSON of explained and fast decisions for many records, to diff before/after a change. */
const outDir = process.argv[2] ?? '/tmp/ce/golden';
const lines: string[] = [];
for (const def of Object.values(frameworkFixtures)) {
  const f = compileFramework(def);
  const recs = [
    ...fc.sample(fixtureRecordArbs[def.id]!, { numRuns: 1500, seed: 7 }),
    ...fc.sample(learnerRecordArb, { numRuns: 500, seed: 11 }),
  ];
  if (def.id.startsWith('national')) recs.push(...generateRecords(3000, 99));
  for (const r of recs) {
    lines.push(JSON.stringify(f.evaluate(r, { explain: true })));
    lines.push(JSON.stringify(f.evaluate(r)));
  }
}
writeFileSync(`${outDir}.jsonl`, `${lines.join('\n')}\n`);
console.log(lines.length, createHash('sha256').update(lines.join('\n')).digest('hex'));
