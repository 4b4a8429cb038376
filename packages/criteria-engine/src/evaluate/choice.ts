import type { ExplanationNode, FailingOutcome, NamedRef } from '@bacc/schema';
import { Explanation } from '../compile/explanation.ts';

export interface Choice {
  chosen: NamedRef | null;
  node: ExplanationNode;
}

/** The option chosen (a pathway, an award grade), explained by the rule that chose it. */
export function chosenOption(
  kind: string,
  ref: NamedRef,
  because: ExplanationNode | undefined,
  children: ExplanationNode[],
): Choice {
  const node = new Explanation(
    kind,
    ref.name,
    because ? `${ref.name}, because ${because.text}` : ref.name,
  );
  node.met = true;
  node.children = children;
  return { chosen: ref, node };
}

/** No option held. */
export function noOption(kind: string, options: number, children: ExplanationNode[]): Choice {
  const node = new Explanation(kind, undefined, `none of the ${options} options holds`);
  node.met = false;
  node.children = children;
  return { chosen: null, node };
}

/** Record a failing condition that held, once per code. */
export function addFailing(into: FailingOutcome[], code: string, description: string): void {
  for (let o = 0; o < into.length; o++) if (into[o]!.code === code) return;
  into.push({ code, description });
}

/** Every failing condition of every tier tried, once per code, in the order met. */
export function failingOnce(tiers: { failing: FailingOutcome[] }[]): FailingOutcome[] {
  const failing: FailingOutcome[] = [];
  for (let t = 0; t < tiers.length; t++) {
    const list = tiers[t]!.failing;
    for (let f = 0; f < list.length; f++) {
      let seen = false;
      for (let o = 0; o < failing.length && !seen; o++)
        if (failing[o]!.code === list[f]!.code) seen = true;
      if (!seen) failing.push(list[f]!);
    }
  }
  return failing;
}
