import type { Decision, TierOutcome } from '@bacc/schema';

/** One sentence a learner, parent or teacher can read. */
export function summarise(decision: Decision, tiers: TierOutcome[]): string {
  const pathway = decision.pathway ? ` on the ${decision.pathway.name} pathway` : '';
  const grade = decision.awardGrade ? ` with ${decision.awardGrade.name}` : '';
  const score = decision.score ? ` (${decision.score.label}: ${decision.score.value})` : '';
  if (decision.tier) return `Awarded ${decision.tier.name}${grade}${pathway}${score}.`;
  const lowest = tiers[tiers.length - 1];
  let unmet = '';
  const requirements = lowest ? lowest.requirements : [];
  for (let r = 0; r < requirements.length; r++)
    if (!requirements[r]!.met)
      unmet =
        unmet === ''
          ? requirements[r]!.componentName
          : `${unmet}, ${requirements[r]!.componentName}`;
  let failing = '';
  for (let f = 0; f < decision.failing.length; f++)
    failing = f === 0 ? decision.failing[f]!.code : `${failing}, ${decision.failing[f]!.code}`;
  let reasons = unmet === '' ? '' : `${unmet} not met`;
  if (failing !== '') {
    const words = `failing condition${decision.failing.length > 1 ? 's' : ''} ${failing}`;
    reasons = reasons === '' ? words : `${reasons}; ${words}`;
  }
  return `No award${pathway}${score}: ${lowest?.name ?? 'the lowest tier'} needs ${reasons || 'more evidence'}.`;
}
