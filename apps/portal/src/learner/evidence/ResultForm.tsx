import { resultInputSchema, resultStatuses } from '@bacc/schema';
import { SelectField, TextField, useTRPCClient } from '@bacc/ui';
import { useState } from 'react';
import { blankToNull, type FieldErrors, zodFieldErrors } from '../forms.ts';
import type { Catalogue, ResultItem } from '../types.ts';
import { ConflictChoices } from './ConflictChoices.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useEvidenceSave } from './useEvidenceSave.ts';

export const statusNames = { provisional: 'Provisional', confirmed: 'Confirmed' } as const;

/** Grades of a qualification's scale, best first, for a select. */
export function gradeOptions(catalogue: Catalogue, qualificationId: string) {
  const q = catalogue.qualifications.find((x) => x.id === qualificationId);
  const scale = catalogue.gradeScales.find((s) => s.key === q?.gradeScale);
  return scale ? [...scale.grades].reverse() : [];
}

export function qualificationOptions(catalogue: Catalogue) {
  return catalogue.qualifications.map((q) => ({
    value: q.id,
    label: `${q.title} (Level ${q.level}${q.qn ? `, ${q.qn}` : ''})`,
  }));
}

interface Draft {
  qualificationId: string;
  grade: string;
  status: string;
  awardedOn: string;
}

const draftOf = (r?: Partial<ResultItem> | null): Draft => ({
  qualificationId: r?.qualificationId ?? '',
  grade: r?.grade ?? '',
  status: r?.status ?? 'provisional',
  awardedOn: r?.awardedOn ?? '',
});

export function ResultForm({
  centreId,
  learnerId,
  catalogue,
  editing,
  onDone,
}: {
  centreId: string;
  learnerId: string;
  catalogue: Catalogue;
  editing: ResultItem | null;
  onDone: () => void;
}) {
  const client = useTRPCClient();
  const [draft, setDraft] = useState<Draft>(draftOf(editing));
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  type Vars = { input: ReturnType<typeof resultInputSchema.parse>; version: number };
  const save = useEvidenceSave<Vars>(
    centreId,
    learnerId,
    'result',
    ({ input, version: v }) =>
      editing
        ? client.centre.results.update.mutate({
            centreId,
            id: editing.id,
            version: v,
            result: input,
          })
        : client.centre.results.create.mutate({ centreId, result: input }),
    onDone,
  );
  const set = (field: keyof Draft, value: string) =>
    setDraft((d) => ({
      ...d,
      [field]: value,
      ...(field === 'qualificationId' ? { grade: '' } : {}),
    }));

  const submit = (atVersion = version) => {
    const parsed = resultInputSchema.safeParse({
      learnerId,
      qualificationId: draft.qualificationId,
      grade: draft.grade,
      status: draft.status,
      awardedOn: blankToNull(draft.awardedOn),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.run({ input: parsed.data, version: atVersion });
  };
  const shown = { ...(save.failure?.fields ?? {}), ...errors };
  const current = save.failure?.current as ResultItem | null | undefined;
  const grades = gradeOptions(catalogue, draft.qualificationId);
  const id = editing ? `result-${editing.id}` : 'result-new';

  return (
    <FormFrame
      title={editing ? 'Edit result' : 'Add a result'}
      idPrefix={id}
      errors={shown}
      failure={save.failure}
      attempt={save.attempt}
      busy={save.busy}
      submitLabel="Save result"
      onSubmit={() => submit()}
      onCancel={onDone}
      conflict={
        current ? (
          <ConflictChoices
            current={`grade ${current.grade}, ${statusNames[current.status]}`}
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
        id={`${id}-qualificationId`}
        label="Qualification"
        hint="From your trust’s catalogue"
        value={draft.qualificationId}
        error={shown.qualificationId}
        onChange={(e) => set('qualificationId', e.target.value)}
        options={[
          { value: '', label: 'Choose a qualification' },
          ...qualificationOptions(catalogue),
        ]}
      />
      <SelectField
        id={`${id}-grade`}
        label="Grade"
        hint={draft.qualificationId ? undefined : 'Choose the qualification first'}
        value={draft.grade}
        error={shown.grade}
        disabled={!draft.qualificationId}
        onChange={(e) => set('grade', e.target.value)}
        options={[
          { value: '', label: 'Choose a grade' },
          ...grades.map((g) => ({ value: g, label: g })),
        ]}
      />
      <SelectField
        id={`${id}-status`}
        label="Status"
        value={draft.status}
        error={shown.status}
        onChange={(e) => set('status', e.target.value)}
        options={resultStatuses.map((s) => ({ value: s, label: statusNames[s] }))}
      />
      <TextField
        id={`${id}-awardedOn`}
        type="date"
        label="Awarded on (optional)"
        value={draft.awardedOn}
        error={shown.awardedOn}
        onChange={(e) => set('awardedOn', e.target.value)}
      />
    </FormFrame>
  );
}
