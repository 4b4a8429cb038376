import { useId, useState } from 'react';
import { pathId } from './editor/paths.ts';
import type { Json } from './types.ts';

/** The whole definition as JSON for power users; applied to the draft whenever it parses. */
export function JsonView({
  definition,
  readOnly,
  onChange,
}: {
  definition: Json;
  readOnly: boolean;
  onChange: (next: Json) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(definition, null, 2));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={pathId([])}>
        Framework definition (JSON)
      </label>
      <span className="field-hint" id={`${id}-hint`}>
        {readOnly
          ? 'This version is published or retired, so it is shown read-only.'
          : 'Edits apply to the draft as soon as the JSON is complete; save the draft to check them.'}
      </span>
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
      <textarea
        id={pathId([])}
        className="input field-textarea mono json-view"
        rows={30}
        spellCheck={false}
        readOnly={readOnly}
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value) as Json);
            setError(null);
          } catch (err) {
            setError(
              `This is not valid JSON yet (${err instanceof Error ? err.message : 'parse error'}). Your last valid version is kept.`,
            );
          }
        }}
      />
    </div>
  );
}
