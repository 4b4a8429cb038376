import { activityInputSchema, activityStrands, strandNames } from '@bacc/schema';
import { SelectField, TextField, useTRPCClient } from '@bacc/ui';
import { useState } from 'react';
import { blankToNull, type FieldErrors, numberOrNaN, zodFieldErrors } from '../forms.ts';
import type { ActivityItem } from '../types.ts';
import { ConflictChoices } from './ConflictChoices.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useEvidenceSave } from './useEvidenceSave.ts';

interface Draft {
  strand: string;
  hours: string;
  startedOn: string;
  endedOn: string;
  description: string;
  verifiedBy: string;
}
const draftOf = (a?: Partial<ActivityItem> | null): Draft => ({
  strand: a?.strand ?? 'leadership_service',
  hours: a?.hours == null ? '' : String(a.hours),
  startedOn: a?.startedOn ?? '',
  endedOn: a?.endedOn ?? '',
  description: a?.description ?? '',
  verifiedBy: a?.verifiedBy ?? '',
});

export function describeActivity(a: ActivityItem) {
  return `${strandNames[a.strand]}, ${a.hours} hours, “${a.description}”, ${
    a.verifiedBy ? `verified by ${a.verifiedBy}` : 'not verified'
  }`;
}

export function ActivityForm({
  centreId,
  learnerId,
  editing,
  onDone,
}: {
  centreId: string;
  learnerId: string;
  editing: ActivityItem | null;
  onDone: () => void;
}) {
  const client = useTRPCClient();
  const [draft, setDraft] = useState<Draft>(draftOf(editing));
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  type Vars = { input: ReturnType<typeof activityInputSchema.parse>; version: number };
  const save = useEvidenceSave<Vars>(
    centreId,
    learnerId,
    'activity',
    ({ input, version: v }) =>
      editing
        ? client.centre.activities.update.mutate({
            centreId,
            id: editing.id,
            version: v,
            activity: input,
          })
        : client.centre.activities.create.mutate({ centreId, activity: input }),
    onDone,
  );
  const set = (field: keyof Draft, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (atVersion = version) => {
    const parsed = activityInputSchema.safeParse({
      learnerId,
      strand: draft.strand,
      hours: numberOrNaN(draft.hours),
      startedOn: blankToNull(draft.startedOn),
      endedOn: blankToNull(draft.endedOn),
      description: draft.description,
      verifiedBy: blankToNull(draft.verifiedBy),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.run({ input: parsed.data, version: atVersion });
  };
  const shown = { ...(save.failure?.fields ?? {}), ...errors };
  const current = save.failure?.current as ActivityItem | null | undefined;
  const id = editing ? `activity-${editing.id}` : 'activity-new';

  return (
    <FormFrame
      title={editing ? 'Edit activity' : 'Add an activity'}
      idPrefix={id}
      errors={shown}
      failure={save.failure}
      attempt={save.attempt}
      busy={save.busy}
      submitLabel="Save activity"
      onSubmit={() => submit()}
      onCancel={onDone}
      conflict={
        current ? (
          <ConflictChoices
            current={describeActivity(current)}
            busy={save.busy}
            onUseTheirs={() => {
              setDraft(draftOf(current));
              setVersion(current.version);
              save.clearFailure();
              void save.refresh();
            }}
            onApplyMine={() => {
              setVersion(current.version);
              submit(current.version);
            }}
          />
        ) : null
      }
    >
      <SelectField
        id={`${id}-strand`}
        label="Strand"
        value={draft.strand}
        error={shown.strand}
        onChange={(e) => set('strand', e.target.value)}
        options={activityStrands.map((s) => ({ value: s, label: strandNames[s] }))}
      />
      <TextField
        id={`${id}-hours`}
        type="number"
        inputMode="decimal"
        min={0}
        step={0.5}
        width="10"
        label="Hours"
        value={draft.hours}
        error={shown.hours}
        onChange={(e) => set('hours', e.target.value)}
      />
      <TextField
        id={`${id}-description`}
        label="Description"
        value={draft.description}
        error={shown.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <TextField
        id={`${id}-startedOn`}
        type="date"
        label="Started on (optional)"
        value={draft.startedOn}
        error={shown.startedOn}
        onChange={(e) => set('startedOn', e.target.value)}
      />
      <TextField
        id={`${id}-endedOn`}
        type="date"
        label="Ended on (optional)"
        value={draft.endedOn}
        error={shown.endedOn}
        onChange={(e) => set('endedOn', e.target.value)}
      />
      <TextField
        id={`${id}-verifiedBy`}
        label="Verified by"
        hint="Who vouches for these hours. Only verified hours count towards the award."
        value={draft.verifiedBy}
        error={shown.verifiedBy}
        onChange={(e) => set('verifiedBy', e.target.value)}
      />
    </FormFrame>
  );
}
