import { Button, ErrorSummary, type FormError, SelectField, TextField } from '@bacc/ui';
import { type FormEvent, useId, useState } from 'react';

export interface CentreDraft {
  urn: string;
  name: string;
  kind: 'school' | 'college' | 'other';
  town: string;
  address: string;
}

export const emptyCentre: CentreDraft = {
  urn: '',
  name: '',
  kind: 'school',
  town: '',
  address: '',
};

export function readCentre(d: CentreDraft) {
  const errors: Partial<Record<keyof CentreDraft, string>> = {};
  if (!/^\d{6}$/.test(d.urn.trim()))
    errors.urn = 'URN must be the 6-digit DfE Unique Reference Number';
  if (!d.name.trim()) errors.name = 'Enter the centre’s name';
  return {
    errors,
    value: {
      urn: d.urn.trim(),
      name: d.name.trim(),
      kind: d.kind,
      town: d.town.trim() || null,
      address: d.address.trim() || null,
    },
  };
}

/** Add or edit a centre: URN, name, type and where it is. */
export function CentreForm({
  initial,
  submitLabel,
  busy,
  serverError,
  onSubmit,
}: {
  initial: CentreDraft;
  submitLabel: string;
  busy: boolean;
  serverError: string | null;
  onSubmit: (value: ReturnType<typeof readCentre>['value']) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof CentreDraft, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (f: keyof CentreDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [f]: e.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const read = readCentre(draft);
    setErrors(read.errors);
    if (Object.keys(read.errors).length === 0) onSubmit(read.value);
  };
  const summary: FormError[] = Object.entries(errors).map(([f, message]) => ({
    fieldId: `${id}-${f}`,
    message: message as string,
  }));
  if (serverError) summary.push({ message: serverError });
  return (
    <form onSubmit={submit} noValidate className="learner-form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id={`${id}-urn`}
        label="URN"
        hint="The DfE’s six-digit Unique Reference Number"
        width="10"
        inputMode="numeric"
        value={draft.urn}
        onChange={set('urn')}
        error={errors.urn}
      />
      <TextField
        id={`${id}-name`}
        label="Name"
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
      />
      <SelectField
        id={`${id}-kind`}
        label="Type"
        value={draft.kind}
        onChange={set('kind')}
        options={[
          { value: 'school', label: 'School' },
          { value: 'college', label: 'College' },
          { value: 'other', label: 'Other' },
        ]}
      />
      <TextField
        id={`${id}-town`}
        label="Town"
        width="20"
        value={draft.town}
        onChange={set('town')}
      />
      <TextField
        id={`${id}-address`}
        label="Address"
        hint="Optional"
        value={draft.address}
        onChange={set('address')}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
