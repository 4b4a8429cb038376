import { formatCalendarDate, type VerificationResult } from '@bacc/ui';
import { useEffect, useRef } from 'react';

type Found = Extract<VerificationResult, { award: unknown }>;

const outcomes = {
  valid: { tone: 'success', title: 'This award is genuine and current' },
  revoked: { tone: 'danger', title: 'This award has been revoked' },
  superseded: { tone: 'warning', title: 'This award has been replaced by a newer one' },
  not_found: { tone: 'info', title: 'No award matches this code' },
} as const;

export interface ResultPanelProps {
  code: string;
  result: VerificationResult;
  /** Move focus to the answer (after the person pressed Check code). */
  takeFocus: boolean;
}

/** The answer for one code, worded plainly for each status. */
export function ResultPanel({ code, result, takeFocus }: ResultPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const outcome = outcomes[result.status];

  return (
    <section className={`message message-${outcome.tone}`} aria-labelledby="result-heading">
      <h2 className="message-title" id="result-heading" ref={heading} tabIndex={-1}>
        {outcome.title}
      </h2>
      <p>
        Code checked: <span className="mono nowrap">{code}</span>
      </p>
      {result.status === 'not_found' ? (
        <p>
          Check that the code was typed exactly as it is printed, in 4 groups of 4 letters and
          numbers. If it still does not match, ask the award holder for their certificate or a new
          link.
        </p>
      ) : (
        <AwardDetails found={result} />
      )}
    </section>
  );
}

function AwardDetails({ found }: { found: Found }) {
  const { status, award, supersededBy, components, recordErased } = found;
  if (recordErased) return <ErasedDetails award={award} />;
  return (
    <>
      {status === 'superseded' ? (
        supersededBy ? (
          <p>
            The centre issued a newer award to this learner:{' '}
            <a href={`/v/${supersededBy.code}`}>
              check the current award, code <span className="mono nowrap">{supersededBy.code}</span>
            </a>
            .
          </p>
        ) : (
          <p>
            The centre issued a newer award to this learner. Ask them for the code of their current
            award.
          </p>
        )
      ) : null}
      {status === 'revoked' ? (
        <p>The awarding body has withdrawn this award. It is no longer valid.</p>
      ) : null}
      <dl className="summary-list">
        <dt>Awarded to</dt>
        <dd>{award.learnerName}</dd>
        <dt>Award</dt>
        <dd>
          {award.tier}
          {award.pathway ? ` (${award.pathway} pathway)` : ''}
        </dd>
        {award.grade ? (
          <>
            <dt>Grade</dt>
            <dd>{award.grade}</dd>
          </>
        ) : null}
        <dt>Issued by</dt>
        <dd>{award.centreName}</dd>
        <dt>Issued on</dt>
        <dd>{formatCalendarDate(award.issuedOn)}</dd>
        {award.revokedOn ? (
          <>
            <dt>{status === 'revoked' ? 'Revoked on' : 'Replaced on'}</dt>
            <dd>{formatCalendarDate(award.revokedOn)}</dd>
          </>
        ) : null}
        {award.revokedReason ? (
          <>
            <dt>Reason</dt>
            <dd>{award.revokedReason}</dd>
          </>
        ) : null}
      </dl>
      {components ? <ComponentList components={components} /> : null}
    </>
  );
}

function ComponentList({ components }: { components: NonNullable<Found['components']> }) {
  return (
    <>
      <h3>Components</h3>
      <ul className="component-list">
        {components.map((c) => (
          <li key={c.name}>
            <span className="component-name">{c.name}</span>{' '}
            <span className={c.met ? 'component-met' : 'component-unmet'}>
              {c.met ? 'Met' : 'Not met'}
            </span>
            <span className="component-measured">
              Achieved {c.measured}; needed {c.required}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** An erased learner's award: revoked for that reason, with the award's facts and no name. */
function ErasedDetails({ award }: { award: Found['award'] }) {
  return (
    <>
      <p>
        The record behind this award was erased at the centre’s request, so the award is no longer
        valid and the learner is not named.
      </p>
      <dl className="summary-list">
        <dt>Award</dt>
        <dd>
          {award.tier}
          {award.pathway ? ` (${award.pathway} pathway)` : ''}
        </dd>
        <dt>Issued by</dt>
        <dd>{award.centreName}</dd>
        <dt>Issued on</dt>
        <dd>{formatCalendarDate(award.issuedOn)}</dd>
        {award.revokedOn ? (
          <>
            <dt>Erased on</dt>
            <dd>{formatCalendarDate(award.revokedOn)}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
