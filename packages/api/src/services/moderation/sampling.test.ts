import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, drawSample } from './sampling.ts';

const learners = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `id-${String(i).padStart(4, '0')}`,
    tier: i % 10 === 0 ? null : i % 3 === 0 ? 'advanced' : 'intermediate',
    tierRank: i % 10 === 0 ? 0 : i % 3 === 0 ? 4 : 3,
  }));

describe('drawSample', () => {
  it('draws the same learners for the same seed, whatever order they arrive in', () => {
    const all = learners(200);
    const a = drawSample(all, 20, 42, false).map((l) => l.id);
    const b = drawSample([...all].reverse(), 20, 42, false).map((l) => l.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(20);
    expect(drawSample(all, 20, 43, false).map((l) => l.id)).not.toEqual(a);
  });

  it('stratifies by tier in proportion, with every tier represented', () => {
    const all = learners(200);
    const sample = drawSample(all, 20, 7, true);
    expect(sample).toHaveLength(20);
    const count = (tier: string | null) => sample.filter((l) => l.tier === tier).length;
    expect(count(null)).toBe(2);
    expect(count('advanced') + count('intermediate')).toBe(18);
    expect(count('advanced')).toBeGreaterThan(0);
  });

  it('never draws more learners than there are, nor the same one twice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.boolean(),
        (n, size, seed, stratify) => {
          const sample = drawSample(learners(n), size, seed, stratify);
          expect(sample).toHaveLength(Math.min(n, size));
          expect(new Set(sample.map((l) => l.id)).size).toBe(sample.length);
        },
      ),
    );
  });
});

describe('allocate', () => {
  it('gives the spare places to the largest remainders and one to each small stratum', () => {
    expect(allocate([50, 30, 20], 10)).toEqual([5, 3, 2]);
    expect(allocate([97, 2, 1], 5)).toEqual([3, 1, 1]);
    expect(allocate([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });
});
