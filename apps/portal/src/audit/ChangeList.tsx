import { fieldWords, valueWords } from './auditSearch.ts';

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** Each changed field with its value before and after. */
export function ChangeList({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <span className="muted">No field changes</span>;
  return (
    <dl className="change-list">
      {changes.map((c) => (
        <div key={c.field} className="change">
          <dt>{fieldWords(c.field)}</dt>
          <dd>
            <del>
              <span className="visually-hidden">before: </span>
              {valueWords(c.before)}
            </del>{' '}
            <span aria-hidden="true">→</span>{' '}
            <ins>
              <span className="visually-hidden">after: </span>
              {valueWords(c.after)}
            </ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
