import type { FrameworkDefinition } from '@bacc/schema';
import { canonicalJson } from './hash.ts';

export interface FrameworkChange {
  change: 'added' | 'removed' | 'changed';
  /** JSON path with array items named by their id, e.g. ["tiers", "advanced", "requirements", "core_learning"]. */
  path: string[];
  before?: unknown;
  after?: unknown;
  /** e.g. 'Tier "Advanced" › requirement "Core Learning" › value: changed from 3 to 4' */
  text: string;
}

const arrayKeys = ['id', 'code', 'component', 'grade'] as const;

function keyOf(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  for (const k of arrayKeys) {
    const v = (item as Record<string, unknown>)[k];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

function nameOf(item: unknown, key: string): string {
  const o = item as Record<string, unknown>;
  const name = typeof o.name === 'string' ? o.name : key;
  if ('component' in o && !('id' in o)) return `requirement "${name}"`;
  if ('code' in o) return `failing condition ${key}`;
  if ('grade' in o) return `grade ${key}`;
  return `"${name}"`;
}

const show = (v: unknown) => {
  const text = typeof v === 'string' ? `"${v}"` : canonicalJson(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

const singular: Record<string, string> = {
  tiers: 'tier',
  pathways: 'pathway',
  components: 'component',
  awardGrades: 'award grade',
};

function walk(
  a: unknown,
  b: unknown,
  path: string[],
  words: string[],
  out: FrameworkChange[],
): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const place = words.join(' › ') || 'framework';
  if (a === undefined) {
    out.push({ change: 'added', path, after: b, text: `${place}: added ${show(b)}` });
    return;
  }
  if (b === undefined) {
    out.push({ change: 'removed', path, before: a, text: `${place}: removed (was ${show(a)})` });
    return;
  }
  const keyed =
    Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => keyOf(x) !== undefined);
  const label = singular[path[path.length - 1] ?? ''];
  if (keyed) {
    const byKey = (xs: unknown[]) => new Map(xs.map((x) => [keyOf(x)!, x]));
    const left = byKey(a as unknown[]);
    const right = byKey(b as unknown[]);
    for (const k of new Set([...left.keys(), ...right.keys()])) {
      const item = right.get(k) ?? left.get(k);
      const itemWords = label ? `${label} ${nameOf(item, k)}` : nameOf(item, k);
      walk(left.get(k), right.get(k), [...path, k], [...words.slice(0, -1), itemWords], out);
    }
    return;
  }
  const bothObjects =
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    Array.isArray(a) === Array.isArray(b);
  if (bothObjects) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(left), ...Object.keys(right)])) {
      walk(left[k], right[k], [...path, k], [...words, k], out);
    }
    return;
  }
  out.push({
    change: 'changed',
    path,
    before: a,
    after: b,
    text: `${place}: changed from ${show(a)} to ${show(b)}`,
  });
}

/** The changes from version `a` to version `b`, each as a readable line. */
export function diffFrameworks(a: FrameworkDefinition, b: FrameworkDefinition): FrameworkChange[] {
  const out: FrameworkChange[] = [];
  walk(a, b, [], [], out);
  return out;
}
