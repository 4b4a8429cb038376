import { Button, ErrorSummary, type FormError, SelectField, TextField } from '@bacc/ui';
import { type FormEvent, useId, useState } from 'react';
import { type DraftErrors, type QualificationDraft, readDraft } from './qualificationForm.ts';

type Value = ReturnType<typeof readDraft>['value'];

const labels: Record<keyof QualificationDraft, string> = {
  qn: 'Qualification number (QN)',
  title: 'Title',
  type: 'Type',
  subject: 'Subject',
  level: 'Level',
  glh: 'Guided learning hours (GLH)',
  tqt: 'Total qualification time (TQT)',
  sizeALevels: 'Size in A levels',
  category: 'Category',
  discountCode: 'DfE discount code',
  gradeScale: 'Grade scale',
};

/** Add or edit one qualification; problems are listed at the top and beside each field. */
export function QualificationForm({
  initial,
  scales,
  submitLabel,
  busy,
  serverError,
  onSubmit,
}: {
  initial: QualificationDraft;
  scales: Array<{ key: string; name: string }>;
  submitLabel: string;
  busy: boolean;
  serverError: string | null;
  onSubmit: (value: Value) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof QualificationDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const fieldId = (f: string) => `${id}-${f}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const read = readDraft(draft);
    setErrors(read.errors);
    if (Object.keys(read.errors).length === 0) onSubmit(read.value);
  };
  const summary: FormError[] = Object.entries(errors).map(([f, message]) => ({
    fieldId: fieldId(f),
    message: message as string,
  }));
  if (serverError) summary.push({ message: serverError });
  const text = (
    f: keyof QualificationDraft,
    extra: { hint?: string; width?: '20' | '10' } = {},
  ) => (
    <TextField
      id={fieldId(f)}
      label={labels[f]}
      value={draft[f]}
      onChange={set(f)}
      error={errors[f]}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="learner-form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      {text('title')}
      {text('qn', {
        hint: 'Ofqual’s number, e.g. 603/2476/0. Leave empty for a centre’s own award.',
        width: '10',
      })}
      <div className="record-form-fields">
        {text('type', { hint: 'e.g. a_level, gcse, btec_national' })}
        {text('subject', { hint: 'e.g. english, maths; optional' })}
        {text('level', { hint: '0 (entry) to 8', width: '10' })}
        <SelectField
          id={fieldId('category')}
          label={labels.category}
          value={draft.category}
          onChange={set('category')}
          options={[
            { value: 'general', label: 'General' },
            { value: 'technical', label: 'Technical' },
          ]}
        />
        {text('glh', { width: '10' })}
        {text('tqt', { width: '10' })}
        {text('sizeALevels', { hint: 'An A level is 1', width: '10' })}
        {text('discountCode', { hint: 'Same code: counted once', width: '10' })}
      </div>
      <SelectField
        id={fieldId('gradeScale')}
        label={labels.gradeScale}
        value={draft.gradeScale}
        onChange={set('gradeScale')}
        error={errors.gradeScale}
        options={[
          { value: '', label: 'Choose a grade scale' },
          ...scales.map((s) => ({ value: s.key, label: s.name })),
        ]}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
