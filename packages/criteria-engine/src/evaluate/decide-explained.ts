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
import type {
  CompiledFailingCondition,
  CompiledRules,
  CompiledTier,
} from '../compiled-framework.ts';
import { gapToNextTier } from '../gap.ts';
import { type Choice, chosenOption, failingOnce, noOption } from './choice.ts';
import { countedEvidence } from './counted-evidence.ts';
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

function firstMet<
  T extends { ref: NamedRef; when: { explain(ctx: EvaluationContext): ExplanationNode } | null },
>(kind: string, options: T[], ctx: EvaluationContext): Choice {
  const children: ExplanationNode[] = [];
  for (const o of options) {
    const node = o.when?.explain(ctx);
    if (node) children.push(node);
    if (!node || node.met) return chosenOption(kind, o.ref, node, children);
  }
  return noOption(kind, options.length, children);
}

/** The decision explained: every tier tried, rule by rule, the evidence that counted and the gap to the next tier. */
export function decideExplained(
  rules: CompiledRules,
  ctx: EvaluationContext,
  record: LearnerRecord,
): Decision {
  ctx.load(record, ctx.reader.read(record));
  const pathwayChoice = rules.pathways.length > 0 ? firstMet('pathway', rules.pathways, ctx) : null;
  const pathway = pathwayChoice?.chosen ?? null;
  const pathwayId = pathway ? pathway.id : null;
  const blocked = explainFailing(rules.failing, ctx);
  const tiers: TierOutcome[] = [];
  let awarded: CompiledTier | null = null;
  for (const tier of rules.tiers) {
    const outcome = explainTier(tier, pathwayId, ctx, blocked);
    tiers.push(outcome);
    if (outcome.met) {
      awarded = tier;
      break;
    }
  }
  const gradeChoice =
    awarded && awarded.awardGrades.length > 0
      ? firstMet('awardGrade', awarded.awardGrades, ctx)
      : null;
  const scoreNode = rules.score ? rules.score.measure.explain(ctx) : null;
  const failing = failingOnce(tiers);
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
