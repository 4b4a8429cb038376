import type { CompareOp, DroppedEvidence, ExplanationNode } from '@bacc/schema';

/**
 * An explanation node. Every node has every field (unused ones undefined, which JSON
 * leaves out), so the code that builds and walks thousands of them a second sees one shape.
 */
export class Explanation implements ExplanationNode {
  kind: string;
  text: string;
  label: string | undefined;
  met: boolean | undefined;
  value: number | undefined;
  threshold: number | undefined;
  op: CompareOp | undefined;
  items: string[] | undefined;
  dropped: DroppedEvidence[] | undefined;
  name: string | undefined;
  children: ExplanationNode[] | undefined;

  constructor(kind: string, label: string | undefined, text: string) {
    this.kind = kind;
    this.text = text;
    this.label = label;
    this.met = undefined;
    this.value = undefined;
    this.threshold = undefined;
    this.op = undefined;
    this.items = undefined;
    this.dropped = undefined;
    this.name = undefined;
    this.children = undefined;
  }
}

/** A condition's node: met or not, with its measured value and threshold. */
export function conditionNode(
  kind: string,
  label: string,
  text: string,
  met: boolean,
  value: number,
  threshold: number,
  children: ExplanationNode[] | undefined,
): Explanation {
  const node = new Explanation(kind, label, text);
  node.met = met;
  node.value = value;
  node.threshold = threshold;
  node.children = children;
  return node;
}
