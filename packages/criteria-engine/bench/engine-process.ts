import { compileFramework, type EvaluationStrategy } from '../src/compile-framework.ts';
import { nationalBaccalaureate } from '../src/fixtures/national-bacc.ts';
import { generateRecords } from './generate-records.ts';
import { nationalBaccRulesEngine } from './json-rules-national-bacc.ts';

/**
 * One engine, in a process of its own, as it runs in production (the server runs only the
 * generated strategy, the portal only the interpreted one): the engines share no JIT state,
 * so no engine's type feedback slows another's. run.ts asks for one pass at a time, taking
 * turns between the processes, and keeps each case's best pass.
 *
 * Messages in: 'pass' (time one pass of every case here), 'tiers' (send the tiers decided),
 * 'exit'. Out: { ready }, { pass: Timing[] }, { tiers }.
 */
export type Engine = EvaluationStrategy | 'json-rules-engine';

export interface Timing {
  label: string;
  /** Seconds for the pass: wall clock and this process's CPU time. */
  wall: number;
  cpu: number;
}

interface Case {
  label: string;
  run: () => void | Promise<void>;
}

const engine = process.argv[2] as Engine;
const count = Number(process.argv[3]);
const records = generateRecords(count);
// What each case decided, record by record: every case here must agree with the first.
const tiers: (string | null)[] = new Array(count);
let disagreements = 0;
const decided = (label: string, i: number, tier: string | null, first: boolean) => {
  if (first) tiers[i] = tier;
  else if (tier !== tiers[i] && disagreements++ < 3)
    console.error(`${label} decided ${records[i]!.learnerId} as ${tier}, not ${tiers[i]}`);
};

function criteriaEngineCases(strategy: EvaluationStrategy): Case[] {
  const framework = compileFramework(nationalBaccalaureate, { strategy });
  if (framework.strategy !== strategy) throw new Error(`The ${strategy} strategy is unavailable.`);
  const modes = [
    { label: `criteria engine, ${strategy}, with explanations`, explain: true },
    { label: `criteria engine, ${strategy}, decision only`, explain: false },
  ];
  for (const [m, mode] of modes.entries())
    for (let i = 0; i < count; i++)
      decided(mode.label, i, framework.evaluate(records[i]!, mode).tier?.id ?? null, m === 0);
  return modes.map((mode) => ({
    label: mode.label,
    run: () => {
      for (let i = 0; i < count; i++)
        decided(mode.label, i, framework.evaluate(records[i]!, mode).tier?.id ?? null, false);
    },
  }));
}

async function jsonRulesEngineCases(): Promise<Case[]> {
  const label = 'json-rules-engine, facts precomputed';
  const decide = nationalBaccRulesEngine('precomputed');
  for (let i = 0; i < count; i++) decided(label, i, await decide(records[i]!), true);
  return [
    {
      label,
      run: async () => {
        for (let i = 0; i < count; i++) decided(label, i, await decide(records[i]!), false);
      },
    },
  ];
}

/** One pass of the dynamic-facts set-up, timed once at the end (slower; not compared). */
async function dynamicFactsRate(): Promise<number> {
  const decide = nationalBaccRulesEngine('dynamic');
  const warm = Math.min(count, 20_000);
  for (let i = 0; i < warm; i++) await decide(records[i]!);
  const start = performance.now();
  for (let i = 0; i < count; i++)
    decided('json-rules-engine, dynamic facts', i, await decide(records[i]!), false);
  return Math.round(count / ((performance.now() - start) / 1000));
}

async function main() {
  // Building the cases decides every record once: the warm-up, and the tiers to agree with.
  const cases =
    engine === 'json-rules-engine' ? await jsonRulesEngineCases() : criteriaEngineCases(engine);
  const send = (message: unknown) => process.send?.(message);
  process.on('message', async (message: string) => {
    if (message === 'pass') {
      const pass: Timing[] = [];
      for (const c of cases) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        await c.run();
        const used = process.cpuUsage(startCpu);
        pass.push({
          label: c.label,
          wall: (performance.now() - start) / 1000,
          cpu: (used.user + used.system) / 1e6,
        });
      }
      send({ pass });
    } else if (message === 'tiers') {
      const dynamic = engine === 'json-rules-engine' ? await dynamicFactsRate() : undefined;
      send({ tiers, disagreements, dynamic });
    } else if (message === 'exit') process.exit(0);
  });
  send({ ready: true });
}

await main();
