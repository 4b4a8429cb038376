import type { DroppedEvidence, ExplanationNode, RequirementOutcome } from '@bacc/schema';
import type { EvidenceItem } from '../evidence-item.ts';

/**
 * Sorted, without repeats. The lists joined are mostly each in id order, so an id usually
 * lands after the one before it; otherwise a binary search finds its place.
 */
function sortedUnique(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    if (!(ids[i - 1]! > id)) continue;
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! > id) hi = mid;
      else lo = mid + 1;
    }
    for (let j = i; j > lo; j--) ids[j] = ids[j - 1]!;
    ids[lo] = id;
  }
  // Setting a list's length is a call into the runtime: copy the unique ids instead.
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) out.push(ids[i]!);
  return out;
}

/** Ids of the items marked `stamp` in one source (in id order), after those in `into`. */
function marked(items: EvidenceItem[], stamp: number, into: string[]): void {
  for (let i = 0; i < items.length; i++) if (items[i]!.mark === stamp) into.push(items[i]!.id);
}

/** Two lists in id order merged into one, each id once. */
function mergedIds(a: string[], b: string[]): string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && !(a[i]! > b[j]!)) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * The ids of the items marked `stamp`, in id order and each once, from sources each already
 * in id order: generated code's counted evidence (generate/counted.ts), merged rather than
 * sorted.
 */
export function markedInIdOrder(
  results: EvidenceItem[],
  projects: EvidenceItem[],
  activities: EvidenceItem[],
  stamp: number,
): string[] {
  const r: string[] = [];
  marked(results, stamp, r);
  const p: string[] = [];
  marked(projects, stamp, p);
  const a: string[] = [];
  marked(activities, stamp, a);
  // Within one source an id may repeat (two items with one id); the merge keeps it once.
  return mergedIds(mergedIds(uniqueRun(r), uniqueRun(p)), uniqueRun(a));
}

/** A list in id order without repeats. */
function uniqueRun(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) return sortedUnique(ids);
  return ids;
}

/** One walk's state; a plain recursive function over it allocates no closure per decision. */
interface Walk {
  named: Record<string, ExplanationNode>;
  counted: string[];
  dropped: DroppedEvidence[];
  seen: string[];
  lists: string[][];
}

function visit(walk: Walk, node: ExplanationNode, insideSet: boolean): void {
  const items = node.items;
  const isSet = items !== undefined;
  // Sets counted by several requirements repeat their ids, often as the very same list (a
  // named set and its references share one): skip a list already taken. Ids repeated across
  // lists are removed once all are sorted together (cheaper than looking each one up).
  if (isSet && !insideSet && items.length > 0 && !walk.lists.includes(items)) {
    walk.lists.push(items);
    for (let i = 0; i < items.length; i++) walk.counted.push(items[i]!);
  }
  const dropped = node.dropped;
  if (dropped)
    for (let d = 0; d < dropped.length; d++)
      if (dropped[d]!.why !== 'not_best') walk.dropped.push(dropped[d]!);
  const name = node.name;
  if (name !== undefined && !walk.seen.includes(name)) {
    walk.seen.push(name);
    const target = walk.named[name];
    if (target) visit(walk, target, insideSet || isSet);
  }
  const children = node.children;
  if (node.kind === 'not' || !children) return;
  const onlyMet = node.kind === 'any' || node.kind === 'atLeastOf';
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!;
    if (onlyMet && child.met === false) continue;
    visit(walk, child, insideSet || isSet);
  }
}

// The walk's state object is reused; between walks it holds nothing of the last decision.
const noNamed: Record<string, ExplanationNode> = {};
const noLists: string[][] = [];
const scratch: Walk = { named: noNamed, counted: [], dropped: [], seen: [], lists: noLists };

function byDroppedId(a: DroppedEvidence, b: DroppedEvidence): number {
  return a.id < b.id ? -1 : 1;
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
  // Fresh short lists: emptying reused ones (setting length) costs more than allocating.
  const walk = scratch;
  walk.named = named;
  walk.counted = [];
  walk.dropped = [];
  walk.seen = [];
  walk.lists = [];
  for (let r = 0; r < requirements.length; r++) {
    const explanation = requirements[r]!.explanation;
    if (explanation) visit(walk, explanation, false);
  }
  const ids = sortedUnique(walk.counted);
  const all = walk.dropped;
  const left: DroppedEvidence[] = [];
  for (let i = 0; i < all.length; i++) {
    const d = all[i]!;
    if (ids.includes(d.id)) continue;
    let first = true;
    for (let j = 0; j < i && first; j++) if (all[j]!.id === d.id) first = false;
    if (first) left.push(d);
  }
  if (left.length > 1) left.sort(byDroppedId);
  walk.named = noNamed;
  walk.lists = noLists;
  return { counted: ids, dropped: left };
}
