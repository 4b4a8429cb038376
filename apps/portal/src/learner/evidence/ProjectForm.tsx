import { projectInputSchema, projectKindNames, projectKinds } from '@bacc/schema';
import { SelectField, TextField, useTRPCClient } from '@bacc/ui';
import { useState } from 'react';
import { blankToNull, type FieldErrors, zodFieldErrors } from '../forms.ts';
import type { Catalogue, ProjectItem } from '../types.ts';
import { ConflictChoices } from './ConflictChoices.tsx';
import { FormFrame } from './FormFrame.tsx';
import { gradeOptions } from './ResultForm.tsx';
import { useEvidenceSave } from './useEvidenceSave.ts';

/** Project qualifications (EPQ, HPQ) first; the whole catalogue if the trust has none marked. */
export function projectQualifications(catalogue: Catalogue) {
  const projects = catalogue.qualifications.filter((q) => q.subject === 'project');
  return projects.length > 0 ? projects : catalogue.qualifications;
}

interface Draft {
  title: string;
  kind: string;
  qualificationId: string;
  grade: string;
  hours: string;
}
const draftOf = (p?: Partial<ProjectItem> | null): Draft => ({
  title: p?.title ?? '',
  kind: p?.kind ?? 'epq',
  qualificationId: p?.qualificationId ?? '',
  grade: p?.grade ?? '',
  hours: p?.hours == null ? '' : String(p.hours),
});

export function ProjectForm({
  centreId,
  learnerId,
  catalogue,
  editing,
  onDone,
}: {
  centreId: string;
  learnerId: string;
  catalogue: Catalogue;
  editing: ProjectItem | null;
  onDone: () => void;
}) {
  const client = useTRPCClient();
  const [draft, setDraft] = useState<Draft>(draftOf(editing));
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  type Vars = { input: ReturnType<typeof projectInputSchema.parse>; version: number };
  const save = useEvidenceSave<Vars>(
    centreId,
    learnerId,
    'project',
    ({ input, version: v }) =>
      editing
        ? client.centre.projects.update.mutate({
            centreId,
            id: editing.id,
            version: v,
            project: input,
          })
        : client.centre.projects.create.mutate({ centreId, project: input }),
    onDone,
  );
  const set = (field: keyof Draft, value: string) =>
    setDraft((d) => ({
      ...d,
      [field]: value,
      ...(field === 'qualificationId' ? { grade: '' } : {}),
      ...(field === 'kind' && value === 'centre_devised' ? { qualificationId: '', grade: '' } : {}),
    }));
  const centreDevised = draft.kind === 'centre_devised';

  const submit = (atVersion = version) => {
    const parsed = projectInputSchema.safeParse({
      learnerId,
      title: draft.title,
      kind: draft.kind,
      qualificationId: centreDevised ? null : blankToNull(draft.qualificationId),
      grade: blankToNull(draft.grade),
      hours: draft.hours.trim() === '' ? null : Number(draft.hours),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.run({ input: parsed.data, version: atVersion });
  };
  const shown = { ...(save.failure?.fields ?? {}), ...errors };
  const current = save.failure?.current as ProjectItem | null | undefined;
  const id = editing ? `project-${editing.id}` : 'project-new';
  const grades = gradeOptions(catalogue, draft.qualificationId);

  return (
    <FormFrame
      title={editing ? 'Edit the personal project' : 'Add a personal project'}
      idPrefix={id}
      errors={shown}
      failure={save.failure}
      attempt={save.attempt}
      busy={save.busy}
      submitLabel="Save project"
      onSubmit={() => submit()}
      onCancel={onDone}
      conflict={
        current ? (
          <ConflictChoices
            current={`“${current.title}”, grade ${current.grade ?? 'not yet'}, ${current.hours ?? 'no'} hours`}
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
      <TextField
        id={`${id}-title`}
        label="Project title"
        value={draft.title}
        error={shown.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <SelectField
        id={`${id}-kind`}
        label="Kind of project"
        value={draft.kind}
        error={shown.kind}
        onChange={(e) => set('kind', e.target.value)}
        options={projectKinds.map((k) => ({ value: k, label: projectKindNames[k] }))}
      />
      {centreDevised ? null : (
        <>
          <SelectField
            id={`${id}-qualificationId`}
            label="Qualification"
            value={draft.qualificationId}
            error={shown.qualificationId}
            onChange={(e) => set('qualificationId', e.target.value)}
            options={[
              { value: '', label: 'Choose a qualification' },
              ...projectQualifications(catalogue).map((q) => ({
                value: q.id,
                label: `${q.title} (Level ${q.level})`,
              })),
            ]}
          />
          <SelectField
            id={`${id}-grade`}
            label="Grade"
            value={draft.grade}
            error={shown.grade}
            disabled={!draft.qualificationId}
            onChange={(e) => set('grade', e.target.value)}
            options={[
              { value: '', label: 'Not graded yet' },
              ...grades.map((g) => ({ value: g, label: g })),
            ]}
          />
        </>
      )}
      <TextField
        id={`${id}-hours`}
        type="number"
        inputMode="decimal"
        min={0}
        step={0.5}
        width="10"
        label={centreDevised ? 'Hours' : 'Hours (optional)'}
        hint={centreDevised ? 'A centre-devised project is judged by its hours' : undefined}
        value={draft.hours}
        error={shown.hours}
        onChange={(e) => set('hours', e.target.value)}
      />
    </FormFrame>
  );
}
