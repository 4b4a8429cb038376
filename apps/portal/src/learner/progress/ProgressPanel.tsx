import type { Decision } from '@bacc/schema';
import { ExplanationTree, Message } from '@bacc/ui';
import { DecisionSummary, GapToNextTier } from './DecisionSummary.tsx';
import { sameOutcome } from './record.ts';

/**
 * The live decision worked out in this browser from the record as loaded, with the stored
 * server decision beside it: they agree unless a save is still on its way.
 */
export function ProgressPanel({
  decision,
  stored,
  saving,
  frameworkName,
}: {
  decision: Decision;
  stored: Decision | null;
  saving: boolean;
  frameworkName: string;
}) {
  const explanation = decision.explanation;
  return (
    <section className="card progress-panel" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress towards the award</h2>
      <p className="muted">Worked out live from the record below, under the {frameworkName}.</p>
      {stored && !sameOutcome(decision, stored) ? (
        <Message tone="info" live="status">
          {saving
            ? 'Saving: the stored decision will catch up in a moment.'
            : `The stored decision (${stored.tier?.name ?? 'no award'}) differs from this one; reload the page to check.`}
        </Message>
      ) : null}
      {!stored ? (
        <Message tone="info" live="none">
          No decision is stored for this learner yet; the server stores one with the next change.
        </Message>
      ) : null}
      <LiveDecision decision={decision} idPrefix="live" />
      {explanation ? (
        <div className="explanation">
          <h3>Why</h3>
          <p>{explanation.summary}</p>
          {explanation.tiers.map((tier) => (
            <section key={tier.id} aria-labelledby={`why-${tier.id}`} className="explain-tier">
              <h4 id={`why-${tier.id}`}>
                {tier.name}: {tier.met ? 'met' : 'not met'}
              </h4>
              {tier.requirements.map((r) =>
                r.explanation ? (
                  <ExplanationTree
                    key={r.component}
                    node={{ ...r.explanation, text: `${r.componentName}: ${r.explanation.text}` }}
                    named={explanation.named}
                    openLevels={0}
                  />
                ) : null,
              )}
              {tier.failing.length > 0 ? (
                <ul>
                  {tier.failing.map((f) => (
                    <li key={f.code}>
                      Failing condition {f.code}: {f.description}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </div>
      ) : null}
    </section>
  );
}

export function LiveDecision({ decision, idPrefix }: { decision: Decision; idPrefix: string }) {
  return (
    <>
      <DecisionSummary
        decision={decision}
        caption={
          decision.tier ? `Components of ${decision.tier.name}` : 'Components of the first tier'
        }
      />
      <GapToNextTier decision={decision} headingId={`${idPrefix}-gap`} />
    </>
  );
}
