import type { Decision, ExplanationNode, GapNeed, GapToNextTier } from '@bacc/schema';
import { formatNumber } from './compile/nodes.ts';

interface Need {
  text: string;
  have?: number;
  need?: number;
}

/** Needs, plus a cost: fewer needs first, then the smaller share still missing. */
interface Plan {
  needs: Need[];
  cost: number;
}

const met: Plan = { needs: [], cost: 0 };
const single = (need: Need, share = 1): Plan => ({
  needs: [need],
  cost: 1 + Math.min(1, Math.max(0, share)) / 100,
});
function join(plans: Plan[]): Plan {
  const needs: Need[] = [];
  let cost = 0;
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p]!;
    for (let n = 0; n < plan.needs.length; n++) needs.push(plan.needs[n]!);
    cost += plan.cost;
  }
  return { needs, cost };
}

function compareNeed(node: ExplanationNode): Plan {
  const label = node.label ?? node.text;
  const value = node.value ?? 0;
  const threshold = node.threshold ?? 0;
  const share = threshold === 0 ? 1 : Math.abs(threshold - value) / Math.abs(threshold);
  switch (node.op) {
    case 'atLeast': {
      if (threshold === 1 && value === 0) return single({ text: label, have: 0, need: 1 }, 1);
      return single(
        { text: `${formatNumber(threshold - value)} more ${label}`, have: value, need: threshold },
        share,
      );
    }
    case 'moreThan':
      if (threshold === 0 && value <= 0)
        return single({ text: `some ${label}`, have: value, need: threshold }, 1);
      return single(
        {
          text: `more than ${formatNumber(threshold)} ${label} (now ${formatNumber(value)})`,
          have: value,
          need: threshold,
        },
        share,
      );
    case 'atMost':
      return single(
        { text: `${formatNumber(value - threshold)} fewer ${label}`, have: value, need: threshold },
        share,
      );
    case 'lessThan':
      return single(
        {
          text: `fewer than ${formatNumber(threshold)} ${label} (now ${formatNumber(value)})`,
          have: value,
          need: threshold,
        },
        share,
      );
    default:
      return single(
        {
          text: `exactly ${formatNumber(threshold)} ${label} (now ${formatNumber(value)})`,
          have: value,
          need: threshold,
        },
        share,
      );
  }
}

const noNodes: ExplanationNode[] = [];

/** Plans for the children not met, in order (a loop: no closure per node walked). */
function unmetPlans(children: ExplanationNode[], named: Record<string, ExplanationNode>): Plan[] {
  const plans: Plan[] = [];
  for (let c = 0; c < children.length; c++)
    if (children[c]!.met === false) plans.push(planFor(children[c]!, named));
  return plans;
}

const cheaper = (a: Plan, b: Plan) => a.cost - b.cost;

/** The cheapest way to make an explained condition hold, as plain needs. */
export function planFor(node: ExplanationNode, named: Record<string, ExplanationNode>): Plan {
  if (node.met !== false) return met;
  const children = node.children ?? noNodes;
  switch (node.kind) {
    case 'compare':
      return compareNeed(node);
    case 'all':
      return join(unmetPlans(children, named));
    case 'any':
    case 'atLeastOf': {
      const missing = (node.threshold ?? 1) - (node.value ?? 0);
      const plans = unmetPlans(children, named);
      if (plans.length > 1) plans.sort(cheaper);
      if (plans.length > missing) plans.length = Math.max(0, missing);
      return join(plans);
    }
    case 'condition': {
      const target = node.name !== undefined ? named[node.name] : undefined;
      return target ? planFor(target, named) : single({ text: node.label ?? node.text });
    }
    case 'every':
      return single({
        text: `${node.label ?? node.text} (now ${node.value ?? 0} of ${node.threshold ?? 0})`,
        have: node.value ?? 0,
        need: node.threshold ?? 0,
      });
    case 'not':
      return single({ text: `no longer: ${children[0]?.label ?? node.label ?? node.text}` });
    default:
      return single({ text: node.label ?? node.text });
  }
}

/**
 * The smallest set of missing requirements for the tier above the one awarded (or for the
 * lowest tier when none is). Needs an explained decision; null at the top tier.
 */
export function gapToNextTier(decision: Decision): GapToNextTier | null {
  const explanation = decision.explanation;
  if (!explanation)
    throw new Error('gapToNextTier needs a decision evaluated with { explain: true }.');
  const tiers = explanation.tiers;
  const target = decision.tier ? tiers[tiers.length - 2] : tiers[tiers.length - 1];
  if (!target) return null;
  const needs: GapNeed[] = [];
  for (const r of target.requirements) {
    if (r.met || !r.explanation) continue;
    const plan = planFor(r.explanation, explanation.named).needs;
    for (let n = 0; n < plan.length; n++) {
      const need = plan[n]!;
      const gapNeed: GapNeed = {
        component: r.component,
        componentName: r.componentName,
        text: need.text,
      };
      // Same keys, same order as spreading the need: have and need only when known.
      if ('have' in need) gapNeed.have = need.have;
      if ('need' in need) gapNeed.need = need.need;
      needs.push(gapNeed);
    }
  }
  for (const f of target.failing) {
    needs.push({
      component: 'failing_condition',
      componentName: `Failing condition ${f.code}`,
      text: `avoid: ${f.description}`,
    });
  }
  return { tier: { id: target.id, name: target.name }, needs };
}
