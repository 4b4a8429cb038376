import { SelectField, TextField } from '@bacc/ui';
import type { Json, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { getIn, issueText, pathId } from './paths.ts';

/** A text field bound to the string at `path`. */
export function TextAt({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { definition, issues, readOnly, update } = useEditor();
  const value = getIn(definition, path);
  return (
    <TextField
      id={pathId(path)}
      label={label}
      hint={hint}
      value={typeof value === 'string' ? value : ''}
      error={issueText(issues, path)}
      readOnly={readOnly}
      onChange={(e) =>
        update(path, e.target.value === '' && !readOnly ? undefined : e.target.value)
      }
    />
  );
}

/** A number field bound to the number at `path`. */
export function NumberAt({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { definition, issues, readOnly, update } = useEditor();
  const value = getIn(definition, path);
  return (
    <TextField
      id={pathId(path)}
      label={label}
      hint={hint}
      type="number"
      width="10"
      inputMode="decimal"
      value={typeof value === 'number' ? String(value) : ''}
      error={issueText(issues, path)}
      readOnly={readOnly}
      onChange={(e) => {
        const n = e.target.value === '' ? undefined : Number(e.target.value);
        update(path, n === undefined || Number.isNaN(n) ? undefined : n);
      }}
    />
  );
}

/** A choice bound to the string at `path`. */
export function ChoiceAt({
  path,
  label,
  options,
  allowNone,
}: {
  path: Path;
  label: string;
  options: readonly (string | { value: string; label: string })[];
  allowNone?: string;
}) {
  const { definition, issues, readOnly, update } = useEditor();
  const value = getIn(definition, path);
  const opts = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  const current = typeof value === 'string' ? value : '';
  if (current && !opts.some((o) => o.value === current))
    opts.push({ value: current, label: current });
  return (
    <SelectField
      id={pathId(path)}
      label={label}
      value={current}
      disabled={readOnly}
      error={issueText(issues, path)}
      options={[...(allowNone !== undefined ? [{ value: '', label: allowNone }] : []), ...opts]}
      onChange={(e) => update(path, e.target.value === '' ? undefined : (e.target.value as Json))}
    />
  );
}

/** The names defined in one of the framework's named-rule maps (sets, measures, conditions). */
export function useNames(map: 'sets' | 'measures' | 'conditions' | 'gradeScales' | 'pointsTables') {
  const { definition } = useEditor();
  const names = getIn(definition, [map]);
  return names && typeof names === 'object' && !Array.isArray(names) ? Object.keys(names) : [];
}
