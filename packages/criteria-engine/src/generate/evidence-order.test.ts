import type { Decision, LearnerRecord } from '@bacc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnerRecordArb } from '../../test/arbitraries.ts';
import { featureFramework } from '../../test/feature-framework.ts';
import { fixtureRecordArbs } from '../../test/fixture-arbitraries.ts';
import { compileFramework } from '../compile-framework.ts';
import { frameworkFixtures } from '../fixtures/index.ts';

/**
 * Generated decisions without explanations skip putting evidence in id order when no sum or
 * ranking can tell (generate/generator.ts orderFreeMask). The interpreter always sorts, so
 * both must agree on records in any order: with fractional numbers (where the order of
 * addition shows in the last digits) and with ids repeated (where ties fall to arrival order).
 */
const shuffled = <T>(items: T[], seed: number): T[] => {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The record reordered, with some numbers made fractional and some ids repeated. */
function awkward(record: LearnerRecord, seed: number, fractional: boolean, repeats: boolean) {
  const fraction = (n: number, i: number) => (fractional ? n + ((i * 37 + seed) % 10) * 0.1 : n);
  const id = (prefix: string, i: number, own: string) => (repeats && i % 3 === 1 ? prefix : own);
  return {
    ...record,
    results: shuffled(record.results, seed + 1).map((r, i) => ({
      ...r,
      id: id('r-same', i, r.id),
      qualification: {
        ...r.qualification,
        glh: fraction(r.qualification.glh ?? 0, i),
        tqt: fraction(r.qualification.tqt ?? 0, i),
      },
    })),
    projects: shuffled(record.projects, seed + 2).map((p, i) => ({
      ...p,
      id: id('p-same', i, p.id),
      hours: p.hours === undefined ? undefined : fraction(p.hours, i),
    })),
    activities: shuffled(record.activities, seed + 3).map((a, i) => ({
      ...a,
      id: id('a-same', i, a.id),
      hours: fraction(a.hours, i),
    })),
  } satisfies LearnerRecord;
}

const json = (d: Decision) => JSON.stringify(d);

describe.each(
  [...Object.values(frameworkFixtures), featureFramework].map((d) => [d.id, d] as const),
)('%s: decisions without explanations in any evidence order', (id, definition) => {
  const generated = compileFramework(definition);
  const interpreted = compileFramework(definition, { strategy: 'interpreted' });
  const records = fc.oneof(fixtureRecordArbs[id] ?? learnerRecordArb, learnerRecordArb);

  it('are the interpreter’s, which sorts the evidence first', () => {
    expect(generated.strategy).toBe('generated');
    fc.assert(
      fc.property(records, fc.nat(1000), fc.boolean(), fc.boolean(), (r, seed, f, d) => {
        const record = awkward(r, seed, f, d);
        expect(json(generated.evaluate(record))).toBe(json(interpreted.evaluate(record)));
      }),
      { numRuns: 300 },
    );
  });

  it('are the same however the evidence is ordered', () => {
    fc.assert(
      fc.property(records, fc.nat(1000), fc.boolean(), (r, seed, f) => {
        const record = awkward(r, seed, f, false);
        const reordered = {
          ...record,
          results: shuffled(record.results, seed + 5),
          projects: shuffled(record.projects, seed + 6),
          activities: shuffled(record.activities, seed + 7),
        };
        expect(json(generated.evaluate(reordered))).toBe(json(generated.evaluate(record)));
      }),
      { numRuns: 300 },
    );
  });
});
