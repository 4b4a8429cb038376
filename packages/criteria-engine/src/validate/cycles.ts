import type { FrameworkDefinition } from '@bacc/schema';
import type { IssueList } from './issues.ts';

const namespaces = { set: 'sets', measure: 'measures', condition: 'conditions' } as const;
type Namespace = keyof typeof namespaces;

function references(node: unknown, into: string[]): string[] {
  if (Array.isArray(node)) for (const n of node) references(n, into);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.kind === 'string' && o.kind in namespaces && typeof o.name === 'string')
      into.push(`${o.kind}:${o.name}`);
    for (const v of Object.values(o)) references(v, into);
  }
  return into;
}

/** Named rules that refer to themselves, directly or through others, can never be evaluated. */
export function checkCycles(def: FrameworkDefinition, issues: IssueList): void {
  const graph = new Map<string, string[]>();
  for (const [ns, key] of Object.entries(namespaces) as [
    Namespace,
    (typeof namespaces)[Namespace],
  ][]) {
    for (const [name, rule] of Object.entries(def[key] ?? {}))
      graph.set(`${ns}:${name}`, references(rule, []));
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      const loop = trail.slice(trail.indexOf(node));
      const [ns, name] = node.split(':') as [Namespace, string];
      if (!reported.has(node)) {
        reported.add(node);
        issues.add(
          [namespaces[ns], name],
          `is defined in terms of itself (${[...loop, node].map((n) => n.replace(':', ' ')).join(' → ')}), so it can never be worked out.`,
        );
      }
      return;
    }
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
}
