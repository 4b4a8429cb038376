import { type ImportKind, importKindLabels, importKinds } from '@bacc/schema';
import { SelectField } from '@bacc/ui';
import { type DragEvent, useId, useState } from 'react';

const kindHints: Record<ImportKind, string> = {
  learners: 'One row per learner: ULN or UPN, legal names, date of birth, leaving year.',
  results:
    'One row per result: the learner’s ULN or UPN, the qualification number (QN) or title, the grade.',
  activities: 'One row per activity: the learner’s ULN or UPN, strand, hours, description, dates.',
};

export function ChooseFile({
  kind,
  onKindChange,
  onFile,
}: {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onFile: (file: File) => void;
}) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="stack">
      <SelectField
        label="What does the file hold?"
        hint={kindHints[kind]}
        value={kind}
        onChange={(e) => onKindChange(e.target.value as ImportKind)}
        options={importKinds.map((k) => ({ value: k, label: importKindLabels[k] }))}
      />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input does the same by keyboard */}
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className="field-label" htmlFor={inputId}>
          CSV file
        </label>
        <span className="field-hint">
          Export it from your MIS (SIMS, Arbor, Bromcom…) as CSV, then choose it or drop it here.
        </span>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
