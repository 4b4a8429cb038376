import { type ImportKind, type ImportMapping, importFields, mappingProblems } from '@bacc/schema';
import { Button, ErrorSummary, Message, SelectField } from '@bacc/ui';
import { type FormEvent, useState } from 'react';
import type { ParsedFile } from './parseCsv.ts';

const NOT_IN_FILE = '';

/** One select per Bacc field, preset from the remembered mapping or the automatic guesses. */
export function MappingForm({
  kind,
  file,
  initial,
  remembered,
  onSubmit,
  onCancel,
}: {
  kind: ImportKind;
  file: ParsedFile;
  initial: ImportMapping;
  remembered: boolean;
  onSubmit: (mapping: ImportMapping) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState<ImportMapping>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const headers = [...new Set(file.headers.filter((h) => h !== ''))];
  const first = file.rows[0]?.cells ?? [];
  const sample = (header: string | undefined) => {
    const value = header ? first[file.headers.indexOf(header)] : undefined;
    return value ? `First row: ${value}` : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = mappingProblems(kind, mapping);
    setProblems(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) onSubmit(mapping);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorSummary errors={problems.map((message) => ({ message }))} focusKey={attempt} />
      <Message tone="info" live="none">
        {remembered
          ? 'These are the columns your centre chose last time for a file with these headers.'
          : 'We matched the file’s headers to Bacc’s fields. Check each one before going on.'}{' '}
        {file.rows.length.toLocaleString('en-GB')} rows under the header in {file.fileName}.
      </Message>
      <div className="mapping-grid">
        {importFields[kind].map((field) => (
          <SelectField
            key={field.key}
            label={field.required ? field.label : `${field.label} (optional)`}
            hint={sample(mapping[field.key])}
            value={mapping[field.key] ?? NOT_IN_FILE}
            onChange={(e) => {
              const value = e.target.value;
              setMapping((m) => {
                const { [field.key]: _old, ...rest } = m;
                return value === NOT_IN_FILE ? rest : { ...rest, [field.key]: value };
              });
            }}
            options={[
              { value: NOT_IN_FILE, label: 'Not in this file' },
              ...headers.map((h) => ({ value: h, label: h })),
            ]}
          />
        ))}
      </div>
      <div className="form-actions">
        <Button type="submit">Check the file</Button>
        <Button variant="secondary" onClick={onCancel}>
          Choose another file
        </Button>
      </div>
    </form>
  );
}
