import type { CompareOp, DroppedEvidence, ExplanationNode } from '@bacc/schema';

/**
 * An explanation node. Every node has every field (unused ones undefined, which JSON
 * leaves out), so the code that builds and walks thousands of them a second sees one shape.
 * Fields are `declare`d: the constructor's assignments are their only initialisation (class
 * field definitions would first set each to undefined, then the constructor again).
 */
export class Explanation implements ExplanationNode {
  declare kind: string;
  declare text: string;
  declare label: string | undefined;
  declare met: boolean | undefined;
  declare value: number | undefined;
  declare threshold: number | undefined;
  declare op: CompareOp | undefined;
  declare items: string[] | undefined;
  declare dropped: DroppedEvidence[] | undefined;
  declare name: string | undefined;
  declare children: ExplanationNode[] | undefined;

  constructor(
    kind: string,
    label: string | undefined,
    text: string,
    met?: boolean,
    value?: number,
    threshold?: number,
    children?: ExplanationNode[],
  ) {
    this.kind = kind;
    this.text = text;
    this.label = label;
    this.met = met;
    this.value = value;
    this.threshold = threshold;
    this.op = undefined;
    this.items = undefined;
    this.dropped = undefined;
    this.name = undefined;
    this.children = children;
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
  return new Explanation(kind, label, text, met, value, threshold, children);
}
