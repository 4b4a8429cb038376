import { type LearnerInput, learnerInputSchema } from '@bacc/schema';
import { Button, ErrorSummary, type FormError, Message, TextField } from '@bacc/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { type FieldErrors, zodFieldErrors } from './forms.ts';
import type { LearnerDetails } from './types.ts';

export interface LearnerDraft {
  uln: string;
  upn: string;
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string;
  dateOfBirth: string;
  leavingYear: string;
}

export const learnerDraftOf = (l?: LearnerDetails | null): LearnerDraft => ({
  uln: l?.uln ?? '',
  upn: l?.upn ?? '',
  legalGivenName: l?.legalGivenName ?? '',
  legalFamilyName: l?.legalFamilyName ?? '',
  preferredName: l?.preferredName ?? '',
  dateOfBirth: l?.dateOfBirth ?? '',
  leavingYear: l ? String(l.leavingYear) : '',
});

const fieldIds: Record<keyof LearnerDraft, string> = {
  uln: 'learner-uln',
  upn: 'learner-upn',
  legalGivenName: 'learner-legalGivenName',
  legalFamilyName: 'learner-legalFamilyName',
  preferredName: 'learner-preferredName',
  dateOfBirth: 'learner-dateOfBirth',
  leavingYear: 'learner-leavingYear',
};

/**
 * A learner's details, checked in the browser by the same schema the server uses; the
 * server's own refusals (a duplicate ULN, a stale edit) come back per field via `serverErrors`.
 */
export function LearnerForm({
  initial,
  submitLabel,
  busy,
  serverErrors,
  serverMessage,
  attempt,
  onSubmit,
  onCancel,
  notice,
}: {
  initial: LearnerDraft;
  submitLabel: string;
  busy: boolean;
  serverErrors: FieldErrors;
  serverMessage: string | null;
  attempt: number;
  onSubmit: (input: LearnerInput) => void;
  onCancel?: () => void;
  notice?: ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tries, setTries] = useState(0);
  const shown = { ...serverErrors, ...errors };
  const summary: FormError[] = Object.entries(shown).map(([field, message]) => ({
    fieldId: fieldIds[field as keyof LearnerDraft] ?? undefined,
    message,
  }));
  if (serverMessage && Object.keys(serverErrors).length === 0)
    summary.push({ message: serverMessage });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = learnerInputSchema.safeParse(draft);
    setTries((n) => n + 1);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    onSubmit(parsed.data);
  };
  const field = (name: keyof LearnerDraft) => ({
    id: fieldIds[name],
    value: draft[name],
    error: shown[name],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [name]: e.target.value })),
  });

  return (
    <form className="learner-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} focusKey={`${tries}:${attempt}`} />
      {notice}
      <TextField label="Legal given name" autoComplete="off" {...field('legalGivenName')} />
      <TextField label="Legal family name" autoComplete="off" {...field('legalFamilyName')} />
      <TextField
        label="Preferred name (optional)"
        hint="The name the learner goes by, if different"
        autoComplete="off"
        {...field('preferredName')}
      />
      <TextField label="Date of birth" type="date" width="20" {...field('dateOfBirth')} />
      <TextField
        label="Leaving year"
        type="number"
        inputMode="numeric"
        width="10"
        hint="The year the learner leaves, e.g. 2026"
        {...field('leavingYear')}
      />
      <TextField
        label="ULN (optional)"
        hint="Unique Learner Number: 10 digits"
        inputMode="numeric"
        width="20"
        className="mono"
        spellCheck={false}
        {...field('uln')}
      />
      <TextField
        label="UPN (optional)"
        hint="Unique Pupil Number: 13 characters, starting with a letter"
        width="20"
        className="mono"
        spellCheck={false}
        {...field('upn')}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** Words for a duplicate identifier: it names the field and says what to do. */
export function LearnerConflictHint({ field }: { field: 'uln' | 'upn' }) {
  return (
    <Message tone="warning" live="none" title={`That ${field.toUpperCase()} is already recorded`}>
      <p>
        A {field.toUpperCase()} belongs to one learner for life, so the learner may already be on
        roll here or at another centre of your trust. Search the learners list for them, or check
        the number with the learner’s records.
      </p>
    </Message>
  );
}
