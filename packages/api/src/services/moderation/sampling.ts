/** A small, fast PRNG with a 32-bit state: the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Sampleable {
  id: string;
  /** The stratum: the tier awarded, or null for no award. */
  tier: string | null;
  tierRank: number;
}

/** The first `k` of a seeded Fisher–Yates shuffle. */
function take<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = [...items];
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/**
 * How many to draw from each stratum: in proportion to its size (largest remainders get the
 * spare places), and at least one from every stratum when the sample is big enough.
 */
export function allocate(sizes: readonly number[], sampleSize: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const size = Math.min(sampleSize, total);
  if (size === 0) return sizes.map(() => 0);
  const exact = sizes.map((n) => (n * size) / total);
  const quota = exact.map(Math.floor);
  let spare = size - quota.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (spare === 0) break;
    quota[i]!++;
    spare--;
  }
  const nonEmpty = sizes.filter((n) => n > 0).length;
  if (size >= nonEmpty) {
    for (let i = 0; i < sizes.length; i++) {
      if (sizes[i]! > 0 && quota[i] === 0) {
        const donor = quota.reduce((best, q, j) => (q > quota[best]! ? j : best), 0);
        quota[donor]!--;
        quota[i] = 1;
      }
    }
  }
  return quota;
}

/**
 * A reproducible sample: the learners are put in id order first, so the draw depends only on
 * who is in the submission and the seed. Stratified samples draw from each tier in proportion.
 */
export function drawSample<T extends Sampleable>(
  learners: readonly T[],
  size: number,
  seed: number,
  stratifyByTier: boolean,
): T[] {
  const ordered = [...learners].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(seed);
  if (!stratifyByTier) return take(ordered, size, random);
  const strata = new Map<string, T[]>();
  for (const l of ordered) {
    const key = l.tier ?? '';
    strata.set(key, [...(strata.get(key) ?? []), l]);
  }
  const groups = [...strata.values()].sort((a, b) => b[0]!.tierRank - a[0]!.tierRank);
  const quotas = allocate(
    groups.map((g) => g.length),
    size,
  );
  return groups.flatMap((g, i) => take(g, quotas[i]!, random));
}
