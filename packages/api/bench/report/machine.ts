import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';

const tenth = (n: number) => Math.round(n * 10) / 10;

/** The machine a bench ran on; the load averages say how shared it was meanwhile. */
export function machineFacts(loadAverageAtStart: number | undefined) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    node: process.version,
    loadAverageAtStart: tenth(loadAverageAtStart ?? 0),
    loadAverageAtEnd: tenth(loadavg()[0] ?? 0),
  };
}

/** Writes a bench's figures as the JSON file `bench/report/results-md.ts` reads. */
export function writeResult(out: string, result: unknown) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}
