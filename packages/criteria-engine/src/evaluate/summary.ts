import type { Decision, TierOutcome } from '@bacc/schema';

/** One sentence a learner, parent or teacher can read. */
export function summarise(decision: Decision, tiers: TierOutcome[]): string {
  const pathway = decision.pathway ? ` on the ${decision.pathway.name} pathway` : '';
  const grade = decision.awardGrade ? ` with ${decision.awardGrade.name}` : '';
  const score = decision.score ? ` (${decision.score.label}: ${decision.score.value})` : '';
  if (decision.tier) return `Awarded ${decision.tier.name}${grade}${pathway}${score}.`;
  const lowest = tiers[tiers.length - 1];
  const unmet = lowest?.requirements.filter((r) => !r.met).map((r) => r.componentName) ?? [];
  const failing = decision.failing.map((f) => f.code);
  const reasons = [
    unmet.length > 0 ? `${unmet.join(', ')} not met` : '',
    failing.length > 0
      ? `failing condition${failing.length > 1 ? 's' : ''} ${failing.join(', ')}`
      : '',
  ].filter((r) => r !== '');
  return `No award${pathway}${score}: ${lowest?.name ?? 'the lowest tier'} needs ${reasons.join('; ') || 'more evidence'}.`;
}
