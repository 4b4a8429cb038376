import type {
  Decision,
  ExplanationNode,
  FailingOutcome,
  LearnerRecord,
  NamedRef,
  RequirementOutcome,
  TierOutcome,
} from '@bacc/schema';
import type { EvaluationContext } from '../compile/context.ts';
import { Explanation } from '../compile/explanation.ts';
import type {
  CompiledFailingCondition,
  CompiledRules,
  CompiledTier,
} from '../compiled-framework.ts';
import { readEvidence } from '../evidence-item.ts';
import { gapToNextTier } from '../gap.ts';
import { countedEvidence } from './counted-evidence.ts';
import { holding, requirementOutcomes, requirementsMet } from './decide-fast.ts';
import { summarise } from './summary.ts';

function explainFailing(
  list: CompiledFailingCondition[],
  ctx: EvaluationContext,
): FailingOutcome[] {
  const out: FailingOutcome[] = [];
  for (const f of list)
    if (f.when.explain(ctx).met) out.push({ code: f.code, description: f.description });
  return out;
}

function explainTier(
  tier: CompiledTier,
  pathway: string | null,
  ctx: EvaluationContext,
  blocked: FailingOutcome[],
): TierOutcome {
  const requirements: RequirementOutcome[] = [];
  for (const req of tier.requirements) {
    if (req.pathways && (pathway === null || !req.pathways.has(pathway))) continue;
    const node = req.rule.explain(ctx);
    requirements.push({
      component: req.component,
      componentName: req.componentName,
      met: node.met ?? false,
      value: node.value ?? 0,
      threshold: node.threshold ?? 0,
      text: `${req.componentName}: ${node.text}`,
      explanation: node,
    });
  }
  const failing = blocked.concat(explainFailing(tier.failing, ctx));
  const met = failing.length === 0 && requirements.every((r) => r.met);
  return { id: tier.ref.id, name: tier.ref.name, met, requirements, failing };
}

/** A tier above the next one up: each requirement's value and threshold, no rule-by-rule text. */
function outlineTier(
  tier: CompiledTier,
  pathway: string | null,
  ctx: EvaluationContext,
  blocked: FailingOutcome[],
): TierOutcome {
  const failing = blocked.slice();
  holding(tier.failing, ctx, failing);
  return {
    id: tier.ref.id,
    name: tier.ref.name,
    met: false,
    requirements: requirementOutcomes(tier, pathway, ctx),
    failing,
  };
}

function firstMet<
  T extends { ref: NamedRef; when: { explain(ctx: EvaluationContext): ExplanationNode } | null },
>(
  kind: string,
  options: T[],
  ctx: EvaluationContext,
): { chosen: NamedRef | null; node: ExplanationNode } {
  const children: ExplanationNode[] = [];
  for (const o of options) {
    const node = o.when?.explain(ctx);
    if (node) children.push(node);
    if (!node || node.met) {
      const chosen = new Explanation(
        kind,
        o.ref.name,
        node ? `${o.ref.name}, because ${node.text}` : o.ref.name,
      );
      chosen.met = true;
      chosen.children = children;
      return { chosen: o.ref, node: chosen };
    }
  }
  const none = new Explanation(kind, undefined, `none of the ${options.length} options holds`);
  none.met = false;
  none.children = children;
  return { chosen: null, node: none };
}

/** The tier awarded: the first, from the top, whose requirements are met and no failing condition holds. */
function awardedIndex(
  rules: CompiledRules,
  ctx: EvaluationContext,
  pathway: string | null,
  blocked: boolean,
): number {
  if (blocked) return -1;
  const ignored: FailingOutcome[] = [];
  for (let t = 0; t < rules.tiers.length; t++) {
    const tier = rules.tiers[t]!;
    if (!holding(tier.failing, ctx, ignored) && requirementsMet(tier, pathway, ctx)) return t;
  }
  return -1;
}

/** The decision explained: the tier awarded and the next one up rule by rule, the evidence that counted, the gap. */
export function decideExplained(
  rules: CompiledRules,
  ctx: EvaluationContext,
  record: LearnerRecord,
  allTiers: boolean,
): Decision {
  ctx.load(record, readEvidence(record, rules.scales));
  const pathwayChoice = rules.pathways.length > 0 ? firstMet('pathway', rules.pathways, ctx) : null;
  const pathway = pathwayChoice?.chosen ?? null;
  const pathwayId = pathway ? pathway.id : null;
  const blocked = explainFailing(rules.failing, ctx);
  const awardedAt = awardedIndex(rules, ctx, pathwayId, blocked.length > 0);
  const lastTried = awardedAt >= 0 ? awardedAt : rules.tiers.length - 1;
  const nextUp = awardedAt >= 0 ? awardedAt - 1 : lastTried;
  const tiers: TierOutcome[] = [];
  for (let t = 0; t <= lastTried; t++) {
    const tier = rules.tiers[t]!;
    const explained = allTiers || t === lastTried || t === nextUp;
    tiers.push(
      explained
        ? explainTier(tier, pathwayId, ctx, blocked)
        : outlineTier(tier, pathwayId, ctx, blocked),
    );
  }
  const awarded = awardedAt >= 0 ? rules.tiers[awardedAt]! : null;
  const gradeChoice =
    awarded && awarded.awardGrades.length > 0
      ? firstMet('awardGrade', awarded.awardGrades, ctx)
      : null;
  const scoreNode = rules.score ? rules.score.measure.explain(ctx) : null;
  const failing: FailingOutcome[] = [];
  for (const t of tiers)
    for (const f of t.failing) if (!failing.some((o) => o.code === f.code)) failing.push(f);
  const reported = tiers[tiers.length - 1]!;
  const decision: Decision = {
    frameworkId: rules.definition.id,
    frameworkVersion: rules.definition.version,
    frameworkHash: rules.hash,
    learnerId: record.learnerId,
    tier: awarded ? awarded.ref : null,
    pathway,
    awardGrade: gradeChoice?.chosen ?? null,
    score:
      rules.score && scoreNode ? { label: rules.score.label, value: scoreNode.value ?? 0 } : null,
    requirements: reported.requirements,
    failing,
  };
  const named = ctx.namedExplanations();
  decision.explanation = {
    summary: summarise(decision, tiers),
    tiers,
    named,
    evidence: countedEvidence(awarded ? reported.requirements : [], named),
    gap: null,
  };
  if (pathwayChoice) decision.explanation.pathway = pathwayChoice.node;
  if (gradeChoice) decision.explanation.awardGrade = gradeChoice.node;
  if (scoreNode) decision.explanation.score = scoreNode;
  decision.explanation.gap = gapToNextTier(decision);
  return decision;
}
