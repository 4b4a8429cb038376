import type { DroppedEvidence, ExplanationNode, RequirementOutcome } from '@bacc/schema';

/** Sorted, without repeats (lists are short: a learner's evidence). */
function sortedUnique(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    let j = i - 1;
    while (j >= 0 && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = id;
  }
  let kept = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[kept++] = ids[i]!;
  ids.length = kept;
  return ids;
}

/**
 * The evidence that counted towards the tier awarded: items of the outermost sets each
 * requirement measured (only the options met, for an any), and every item left out on the
 * way (discounted or capped) that did not count elsewhere.
 */
export function countedEvidence(
  requirements: RequirementOutcome[],
  named: Record<string, ExplanationNode>,
): { counted: string[]; dropped: DroppedEvidence[] } {
  const counted: string[] = [];
  const dropped: DroppedEvidence[] = [];
  const seen: string[] = [];
  const visit = (node: ExplanationNode, insideSet: boolean) => {
    const isSet = node.items !== undefined;
    if (isSet && !insideSet) for (const id of node.items!) counted.push(id);
    if (node.dropped) for (const d of node.dropped) if (d.why !== 'not_best') dropped.push(d);
    if (node.name !== undefined && !seen.includes(node.name)) {
      seen.push(node.name);
      const target = named[node.name];
      if (target) visit(target, insideSet || isSet);
    }
    if (node.kind === 'not' || !node.children) return;
    const onlyMet = node.kind === 'any' || node.kind === 'atLeastOf';
    for (const child of node.children) {
      if (onlyMet && child.met === false) continue;
      visit(child, insideSet || isSet);
    }
  };
  for (const r of requirements) if (r.explanation) visit(r.explanation, false);
  const ids = sortedUnique(counted);
  const left = dropped
    .filter((d, i) => !ids.includes(d.id) && dropped.findIndex((o) => o.id === d.id) === i)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { counted: ids, dropped: left };
}
