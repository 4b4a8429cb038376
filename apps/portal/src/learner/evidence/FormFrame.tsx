import { Button, ErrorSummary, type FormError, Message } from '@bacc/ui';
import type { FormEvent, ReactNode } from 'react';
import type { FieldErrors } from '../forms.ts';
import type { SaveFailure } from './useEvidenceSave.ts';

export interface FormFrameProps {
  title: string;
  idPrefix: string;
  errors: FieldErrors;
  failure: SaveFailure | null;
  attempt: number;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Shown when the save was refused because someone else saved first. */
  conflict?: ReactNode;
  children: ReactNode;
}

/** A small form on a learner's record: problems summarised at the top, Save and Cancel below. */
export function FormFrame({
  title,
  idPrefix,
  errors,
  failure,
  attempt,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  conflict,
  children,
}: FormFrameProps) {
  const summary: FormError[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: `${idPrefix}-${field}`,
    message,
  }));
  if (failure && !failure.conflict && Object.keys(failure.fields).length === 0)
    summary.push({ message: failure.message });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {failure?.conflict ? (
        <Message tone="warning" live="alert" title="Not saved: this changed while you were editing">
          <p>{failure.message}</p>
          {conflict}
        </Message>
      ) : null}
      <div className="record-form-fields">{children}</div>
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
