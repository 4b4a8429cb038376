import type { DroppedEvidence, ExplanationNode, RequirementOutcome } from '@bacc/schema';

/**
 * The evidence that counted towards the tier awarded: items of the outermost sets each
 * requirement measured, and every item left out on the way (discounted or capped) that
 * did not count elsewhere.
 */
export function countedEvidence(
  requirements: RequirementOutcome[],
  named: Record<string, ExplanationNode>,
): { counted: string[]; dropped: DroppedEvidence[] } {
  const counted = new Set<string>();
  const dropped = new Map<string, DroppedEvidence>();
  const seen = new Set<string>();
  const visit = (node: ExplanationNode, insideSet: boolean) => {
    const isSet = node.items !== undefined;
    if (isSet && !insideSet) for (const id of node.items ?? []) counted.add(id);
    for (const d of node.dropped ?? [])
      if (d.why !== 'not_best' && !dropped.has(d.id)) dropped.set(d.id, d);
    if (node.name !== undefined && !seen.has(node.name)) {
      seen.add(node.name);
      const target = named[node.name];
      if (target) visit(target, insideSet || isSet);
    }
    if (node.kind === 'not') return;
    const onlyMet = node.kind === 'any' || node.kind === 'atLeastOf';
    for (const child of node.children ?? []) {
      if (onlyMet && child.met === false) continue;
      visit(child, insideSet || isSet);
    }
  };
  for (const r of requirements) if (r.explanation) visit(r.explanation, false);
  return {
    counted: [...counted].sort(),
    dropped: [...dropped.values()]
      .filter((d) => !counted.has(d.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
