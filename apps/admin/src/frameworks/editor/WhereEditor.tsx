import { SelectField, TextField } from '@bacc/ui';
import type { Json, JsonObject, Path } from '../types.ts';
import { useEditor } from './EditorContext.ts';
import { getIn, issueText, pathId } from './paths.ts';

const lists = [
  'qualificationTypes',
  'exceptQualificationTypes',
  'subjects',
  'exceptSubjects',
  'strands',
  'projectKinds',
  'grades',
];
const numbers = ['levelAtLeast', 'levelAtMost', 'sizeAtLeast', 'hoursAtLeast'];
const flags = ['passed', 'verified', 'accredited'];
const words: Record<string, string> = {
  qualificationTypes: 'Qualification types',
  exceptQualificationTypes: 'Except qualification types',
  subjects: 'Subjects',
  exceptSubjects: 'Except subjects',
  strands: 'Strands',
  projectKinds: 'Project kinds',
  grades: 'Grades',
  levelAtLeast: 'Level at least',
  levelAtMost: 'Level at most',
  sizeAtLeast: 'Size at least (A levels)',
  hoursAtLeast: 'Hours at least',
  passed: 'Passed',
  verified: 'Verified',
  accredited: 'Externally accredited',
  category: 'Category',
  status: 'Status',
};

/** The filter of an evidence set: each condition as a field; all given must hold. */
export function WhereEditor({ path }: { path: Path }) {
  const { definition, issues, readOnly, update } = useEditor();
  const where = (getIn(definition, path) as JsonObject | undefined) ?? {};
  const keys = Object.keys(where);
  const addable = [...lists, ...numbers, ...flags, 'category'].filter((k) => !keys.includes(k));
  const set = (key: string, value: Json | undefined) => update([...path, key], value);
  return (
    <fieldset className="rule-where">
      <legend>Filter: evidence must match all of these</legend>
      {keys.length === 0 ? <p className="muted">No filter: every item counts.</p> : null}
      {keys.map((key) => {
        const value = where[key];
        const error = issueText(issues, [...path, key]);
        const id = pathId([...path, key]);
        const label = words[key] ?? key;
        if (Array.isArray(value))
          return (
            <TextField
              key={key}
              id={id}
              label={label}
              hint="Separate values with commas"
              value={value.join(', ')}
              error={error}
              readOnly={readOnly}
              onChange={(e) =>
                set(
                  key,
                  e.target.value
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean),
                )
              }
            />
          );
        if (typeof value === 'number')
          return (
            <TextField
              key={key}
              id={id}
              label={label}
              type="number"
              width="10"
              value={String(value)}
              error={error}
              readOnly={readOnly}
              onChange={(e) => set(key, Number(e.target.value))}
            />
          );
        if (typeof value === 'boolean')
          return (
            <SelectField
              key={key}
              id={id}
              label={label}
              value={value ? 'yes' : 'no'}
              disabled={readOnly}
              error={error}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              onChange={(e) => set(key, e.target.value === 'yes')}
            />
          );
        return (
          <TextField
            key={key}
            id={id}
            label={label}
            hint={typeof value === 'object' ? 'Edit this filter in the JSON view' : undefined}
            value={typeof value === 'object' ? JSON.stringify(value) : String(value)}
            error={error}
            readOnly={readOnly || typeof value === 'object'}
            onChange={(e) => set(key, e.target.value)}
          />
        );
      })}
      {!readOnly && addable.length > 0 ? (
        <SelectField
          label="Add a filter"
          value=""
          options={[
            { value: '', label: 'Choose…' },
            ...addable.map((k) => ({ value: k, label: words[k] ?? k })),
          ]}
          onChange={(e) => {
            const k = e.target.value;
            if (!k) return;
            set(
              k,
              lists.includes(k)
                ? []
                : numbers.includes(k)
                  ? 1
                  : flags.includes(k)
                    ? true
                    : 'general',
            );
          }}
        />
      ) : null}
    </fieldset>
  );
}
