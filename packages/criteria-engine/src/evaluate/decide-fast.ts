import type {
  Decision,
  FailingOutcome,
  LearnerRecord,
  NamedRef,
  RequirementOutcome,
} from '@bacc/schema';
import type { EvaluationContext } from '../compile/context.ts';
import type {
  CompiledFailingCondition,
  CompiledRules,
  CompiledTier,
} from '../compiled-framework.ts';
import { addFailing } from './choice.ts';

function holding(
  list: CompiledFailingCondition[],
  ctx: EvaluationContext,
  into: FailingOutcome[],
): boolean {
  let any = false;
  for (let f = 0; f < list.length; f++) {
    const failing = list[f]!;
    if (failing.when.test(ctx)) {
      any = true;
      addFailing(into, failing.code, failing.description);
    }
  }
  return any;
}

function requirementsMet(
  tier: CompiledTier,
  pathway: string | null,
  ctx: EvaluationContext,
): boolean {
  for (let r = 0; r < tier.requirements.length; r++) {
    const req = tier.requirements[r]!;
    if (req.pathways && (pathway === null || !req.pathways.has(pathway))) continue;
    if (!req.rule.test(ctx)) return false;
  }
  return true;
}

function requirementOutcomes(
  tier: CompiledTier,
  pathway: string | null,
  ctx: EvaluationContext,
  knownMet = false,
): RequirementOutcome[] {
  const out: RequirementOutcome[] = [];
  for (const req of tier.requirements) {
    if (req.pathways && (pathway === null || !req.pathways.has(pathway))) continue;
    out.push({
      component: req.component,
      componentName: req.componentName,
      met: knownMet || req.rule.test(ctx),
      value: req.rule.score(ctx),
      threshold: req.rule.threshold(ctx),
    });
  }
  return out;
}

function choosePathway(rules: CompiledRules, ctx: EvaluationContext): NamedRef | null {
  for (const p of rules.pathways) if (!p.when || p.when.test(ctx)) return p.ref;
  return null;
}

/** The decision without explanations: the path the server takes for a whole cohort. */
export function decideFast(
  rules: CompiledRules,
  ctx: EvaluationContext,
  record: LearnerRecord,
): Decision {
  ctx.load(record, ctx.reader.read(record));
  const pathway = choosePathway(rules, ctx);
  const pathwayId = pathway ? pathway.id : null;
  const failing: FailingOutcome[] = [];
  const blocked = holding(rules.failing, ctx, failing);
  let awarded: CompiledTier | null = null;
  for (const tier of rules.tiers) {
    const tierBlocked = holding(tier.failing, ctx, failing);
    if (!blocked && !tierBlocked && requirementsMet(tier, pathwayId, ctx)) {
      awarded = tier;
      break;
    }
  }
  let awardGrade: NamedRef | null = null;
  if (awarded) {
    for (const g of awarded.awardGrades) {
      if (!g.when || g.when.test(ctx)) {
        awardGrade = g.ref;
        break;
      }
    }
  }
  const reported = awarded ?? rules.tiers[rules.tiers.length - 1]!;
  return {
    frameworkId: rules.definition.id,
    frameworkVersion: rules.definition.version,
    frameworkHash: rules.hash,
    learnerId: record.learnerId,
    tier: awarded ? awarded.ref : null,
    pathway,
    awardGrade,
    score: rules.score ? { label: rules.score.label, value: rules.score.measure.value(ctx) } : null,
    requirements: requirementOutcomes(reported, pathwayId, ctx, awarded !== null),
    failing,
  };
}
