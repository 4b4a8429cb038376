import type { ExplanationNode } from '@bacc/schema';
import { useId, useState } from 'react';

export interface ExplanationTreeProps {
  node: ExplanationNode;
  /** Named sets, measures and conditions a node may refer to (`decision.explanation.named`). */
  named?: Record<string, ExplanationNode>;
  /** Levels open at first; deeper ones wait for their disclosure button. */
  openLevels?: number;
}

function MetMark({ met }: { met: boolean | undefined }) {
  if (met === undefined) return null;
  return (
    <span className={met ? 'explain-met' : 'explain-unmet'}>
      <span aria-hidden="true">{met ? '✓ ' : '✗ '}</span>
      {met ? 'Met' : 'Not met'}
      <span aria-hidden="true">: </span>
      <span className="visually-hidden">. </span>
    </span>
  );
}

function childrenOf(node: ExplanationNode, named: Record<string, ExplanationNode> | undefined) {
  if (node.children && node.children.length > 0) return node.children;
  // A reference to a named rule shows that rule's own explanation beneath it.
  const target = node.name ? named?.[node.name] : undefined;
  return target ? [target] : [];
}

function Branch({
  node,
  named,
  depth,
  openLevels,
}: {
  node: ExplanationNode;
  named: Record<string, ExplanationNode> | undefined;
  depth: number;
  openLevels: number;
}) {
  const kids = depth < 12 ? childrenOf(node, named) : [];
  const [open, setOpen] = useState(depth < openLevels);
  const listId = useId();
  const body = (
    <>
      <MetMark met={node.met} />
      {node.text}
    </>
  );
  return (
    <li className="explain-node">
      {kids.length === 0 ? (
        <span className="explain-leaf">{body}</span>
      ) : (
        <>
          <button
            type="button"
            className="explain-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            <span className="explain-chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {body}
          </button>
          <ul id={listId} className="explain-list" hidden={!open}>
            {kids.map((child, i) => (
              <Branch
                // biome-ignore lint/suspicious/noArrayIndexKey: explanation nodes have no ids and never reorder
                key={i}
                node={child}
                named={named}
                depth={depth + 1}
                openLevels={openLevels}
              />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** A decision's explanation as a nested list; each branch opens and closes with its own button. */
export function ExplanationTree({ node, named, openLevels = 1 }: ExplanationTreeProps) {
  return (
    <ul className="explain-list explain-root">
      <Branch node={node} named={named} depth={0} openLevels={openLevels} />
    </ul>
  );
}
