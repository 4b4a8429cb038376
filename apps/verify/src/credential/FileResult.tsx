import { formatCalendarDate } from '@bacc/ui';
import { useEffect, useRef } from 'react';
import type { FileOutcome } from './outcome.ts';

const titles = {
  valid: { tone: 'success', title: 'This credential is genuine and current' },
  revoked: { tone: 'danger', title: 'This credential has been revoked' },
  tampered: { tone: 'danger', title: 'This credential is not valid' },
  not_credential: { tone: 'danger', title: 'This is not a credential' },
  doubtful: { tone: 'warning', title: 'This credential could not be fully checked' },
} as const;

/** The answer for one checked file; focus moves to it so keyboard and screen reader users hear it. */
export function FileResult({ name, outcome }: { name: string; outcome: FileOutcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { tone, title } = titles[outcome.kind];
  return (
    <section className={`message message-${tone}`} aria-labelledby="file-result-heading">
      <h3 className="message-title" id="file-result-heading" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>
        Checked: <span className="nowrap">{name}</span>
      </p>
      {outcome.kind === 'tampered' ? (
        <p>
          The file has been changed since it was issued: its signature no longer matches what it
          says. Ask the award holder for the original file, or check the award by its code.
        </p>
      ) : null}
      {outcome.kind === 'not_credential' ? <p>{outcome.reason}</p> : null}
      {outcome.kind === 'revoked' ? (
        <p>The awarding body has withdrawn this award. It is no longer valid.</p>
      ) : null}
      {outcome.kind === 'doubtful' && outcome.report.problems.length > 0 ? (
        <ul>
          {outcome.report.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {'report' in outcome && outcome.report.summary ? (
        <Summary summary={outcome.report.summary} issuer={outcome.report.issuer} />
      ) : null}
    </section>
  );
}

type Report = Extract<FileOutcome, { report: unknown }>['report'];

function Summary({ summary, issuer }: { summary: NonNullable<Report['summary']>; issuer: string }) {
  return (
    <dl className="summary-list">
      <dt>Awarded to</dt>
      <dd>{summary.learnerName}</dd>
      <dt>Award</dt>
      <dd>
        {summary.achievement}
        {summary.tier && !summary.achievement.includes(summary.tier) ? `: ${summary.tier}` : ''}
        {summary.pathway ? ` (${summary.pathway} pathway)` : ''}
      </dd>
      {summary.grade ? (
        <>
          <dt>Grade</dt>
          <dd>{summary.grade}</dd>
        </>
      ) : null}
      {summary.centreName ? (
        <>
          <dt>Centre</dt>
          <dd>{summary.centreName}</dd>
        </>
      ) : null}
      <dt>Issued by</dt>
      <dd>
        {summary.issuerName ?? 'The awarding body'}
        <span className="issuer-id">{issuer}</span>
      </dd>
      <dt>Issued on</dt>
      <dd>{formatCalendarDate(summary.issuedOn)}</dd>
    </dl>
  );
}
