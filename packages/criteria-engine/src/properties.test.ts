import type { Decision, ExplanationNode, LearnerRecord } from '@bacc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityArb, learnerRecordArb, resultArb } from '../test/arbitraries.ts';
import { fixtureRecordArbs } from '../test/fixture-arbitraries.ts';
import { formatNumber } from './compile/nodes.ts';
import { compileFramework } from './compile-framework.ts';
import { frameworkFixtures, nationalBaccalaureate } from './fixtures/index.ts';

const frameworks = Object.values(frameworkFixtures).map((definition) =>
  compileFramework(definition),
);
const plain = (d: Decision) => JSON.parse(JSON.stringify(d)) as Decision;
const shuffled = <T>(items: T[], seed: number) => {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

function eachNode(node: ExplanationNode, visit: (n: ExplanationNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) eachNode(c, visit);
}

describe.each(frameworks.map((f) => [f.id, f] as const))('%s properties', (id, framework) => {
  const records = fc.oneof(
    { weight: 3, arbitrary: fixtureRecordArbs[id]! },
    { weight: 1, arbitrary: learnerRecordArb },
  );
  it('decides the same record the same way every time, even compiled afresh', () => {
    const fresh = compileFramework(framework.definition);
    fc.assert(
      fc.property(records, (record) => {
        const first = plain(framework.evaluate(record, { explain: true }));
        expect(plain(framework.evaluate(record, { explain: true }))).toEqual(first);
        expect(plain(fresh.evaluate(record, { explain: true }))).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order evidence arrives in', () => {
    fc.assert(
      fc.property(records, fc.nat(1000), (record, seed) => {
        const reordered: LearnerRecord = {
          ...record,
          results: shuffled(record.results, seed + 1),
          projects: shuffled(record.projects, seed + 2),
          activities: shuffled(record.activities, seed + 3),
        };
        expect(plain(framework.evaluate(reordered, { explain: true }))).toEqual(
          plain(framework.evaluate(record, { explain: true })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same decision with and without explanations', () => {
    fc.assert(
      fc.property(records, (record) => {
        const fast = plain(framework.evaluate(record));
        const { explanation, requirements, ...explained } = plain(
          framework.evaluate(record, { explain: true }),
        );
        const { requirements: fastRequirements, ...rest } = fast;
        expect(rest).toEqual(explained);
        expect(fastRequirements).toEqual(
          requirements.map(({ text: _t, explanation: _e, ...r }) => r),
        );
        expect(explanation).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  it('has explanations whose numbers agree with the decision', () => {
    fc.assert(
      fc.property(records, (record) => {
        const decision = framework.evaluate(record, { explain: true });
        const explanation = decision.explanation!;
        expect(explanation.tiers.at(-1)!.met).toBe(decision.tier !== null);
        for (const tier of explanation.tiers) {
          for (const r of tier.requirements) {
            if (!r.explanation) continue;
            expect(r.value).toBe(r.explanation.value);
            expect(r.threshold).toBe(r.explanation.threshold);
            expect(r.met).toBe(r.explanation.met);
            eachNode(r.explanation, (n) => {
              if (n.value !== undefined && n.kind !== 'condition')
                expect(n.text).toContain(formatNumber(n.value));
              if ((n.kind === 'count' || n.kind === 'compare') && n.items)
                expect(n.value).toBe(n.items.length);
              if (n.kind === 'count' && n.children?.[0]?.items)
                expect(n.value).toBe(n.children[0].items.length);
              if (n.kind === 'all' || n.kind === 'any' || n.kind === 'atLeastOf') {
                expect(n.value).toBe(n.children!.filter((c) => c.met).length);
                expect(n.met).toBe(n.value! >= n.threshold!);
              }
            });
          }
        }
        if (decision.score) expect(decision.score.value).toBe(explanation.score?.value);
        for (const id of explanation.evidence.counted) {
          expect(
            [...record.results, ...record.projects, ...record.activities].some((e) => e.id === id),
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('monotonicity (National Bacc: no failing conditions; caps and discounts keep the best)', () => {
  const records = fixtureRecordArbs.national_bacc_england!;
  const bacc = compileFramework(nationalBaccalaureate);
  const rank = (d: Decision) =>
    d.tier ? nationalBaccalaureate.tiers.findIndex((t) => t.id === d.tier!.id) : Infinity;

  it('never lowers the tier when an activity is added', () => {
    fc.assert(
      fc.property(records, activityArb, (record, extra) => {
        const more = { ...record, activities: [...record.activities, { ...extra, id: 'extra' }] };
        expect(rank(bacc.evaluate(more))).toBeLessThanOrEqual(rank(bacc.evaluate(record)));
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the tier when a result is added', () => {
    fc.assert(
      fc.property(records, resultArb, (record, extra) => {
        const more = { ...record, results: [...record.results, { ...extra, id: 'extra' }] };
        expect(rank(bacc.evaluate(more))).toBeLessThanOrEqual(rank(bacc.evaluate(record)));
      }),
      { numRuns: 300 },
    );
  });
});
