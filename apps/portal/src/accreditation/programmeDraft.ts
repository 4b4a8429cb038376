import type { ProgrammeBase } from './types.ts';

/** Thresholds as typed: by path, the text in each box. */
export type TypedThresholds = Record<string, string>;

/** The programme's thresholds: only those that differ from the national value are sent. */
export function readThresholds(base: ProgrammeBase, typed: TypedThresholds) {
  const thresholds: Array<{ path: string; value: number }> = [];
  const errors: Record<string, string> = {};
  for (const site of base.thresholds) {
    const raw = (typed[site.path] ?? '').trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      errors[site.path] = `“${site.label}” must be a number`;
      continue;
    }
    if (value !== site.value) thresholds.push({ path: site.path, value });
  }
  return { thresholds, errors };
}

/** The boxes start at the centre's earlier programme, else at the national values. */
export function startingThresholds(
  base: ProgrammeBase,
  earlier: ReadonlyArray<{ path: string; value: number }> = [],
): TypedThresholds {
  const mine = new Map(earlier.map((t) => [t.path, t.value]));
  return Object.fromEntries(
    base.thresholds.map((s) => [s.path, String(mine.get(s.path) ?? s.value)]),
  );
}

/** "at least 100" / "at most 2": the national requirement in words. */
export function describeRequirement(op: string, value: number): string {
  const words: Record<string, string> = {
    atLeast: 'at least',
    atMost: 'at most',
    moreThan: 'more than',
    lessThan: 'less than',
    exactly: 'exactly',
  };
  return `${words[op] ?? op} ${value}`;
}
