import { useId, useState } from 'react';
import type { Json, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { getIn, issueText, pathId } from './paths.ts';

/** Any rule the forms do not cover, edited as JSON in place; applied when the text parses. */
export function JsonNode({ path, label }: { path: Path; label: string }) {
  const { definition, issues, readOnly, update } = useEditor();
  const value = getIn(definition, path);
  const shown = JSON.stringify(value ?? null, null, 2);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const issue = issueText(issues, path);
  return (
    <div className="field">
      <label className="field-label" htmlFor={pathId(path)}>
        {label}
      </label>
      <span className="field-hint" id={`${id}-hint`}>
        This kind of rule is edited as JSON; changes apply when the JSON is complete.
      </span>
      {error || issue ? (
        <span className="field-error" id={`${id}-error`}>
          {error ?? issue}
        </span>
      ) : null}
      <textarea
        id={pathId(path)}
        className="input field-textarea mono"
        rows={Math.min(14, shown.split('\n').length + 1)}
        value={text}
        readOnly={readOnly}
        aria-describedby={`${id}-hint${error || issue ? ` ${id}-error` : ''}`}
        aria-invalid={error || issue ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          try {
            update(path, JSON.parse(e.target.value) as Json);
            setError(null);
          } catch {
            setError('This is not complete JSON yet: check brackets, commas and quotes.');
          }
        }}
      />
    </div>
  );
}
