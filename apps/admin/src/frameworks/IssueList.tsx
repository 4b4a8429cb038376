import { focusPath, pathId } from './editor/paths.ts';
import type { FrameworkIssue } from './types.ts';

/** The engine's validation of the draft: each problem in words, linked to the field it concerns. */
export function IssueList({
  issues,
  stale,
}: {
  issues: readonly FrameworkIssue[];
  stale: boolean;
}) {
  if (issues.length === 0)
    return (
      <div className="message message-success" role="status">
        <p className="message-title">No problems found</p>
        <p>
          {stale
            ? 'As last saved. Save again to check your latest changes.'
            : 'The engine accepts this framework as it stands.'}
        </p>
      </div>
    );
  return (
    <section className="message message-danger" aria-labelledby="framework-issues-title">
      <h2 className="message-title" id="framework-issues-title">
        {issues.length === 1
          ? '1 problem to fix before publishing'
          : `${issues.length} problems to fix before publishing`}
      </h2>
      {stale ? <p>As last saved. Save again to check your latest changes.</p> : null}
      <ul className="framework-issues">
        {issues.map((issue) => (
          <li key={`${issue.pathText}:${issue.message}`}>
            <a
              href={`#${pathId(issue.path)}`}
              onClick={(e) => {
                if (focusPath(issue.path)) e.preventDefault();
              }}
            >
              {issue.message}
            </a>{' '}
            <span className="mono muted">{issue.pathText}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
