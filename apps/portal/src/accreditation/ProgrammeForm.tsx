import {
  Button,
  ConformanceReport,
  describeError,
  ErrorSummary,
  type FormError,
  Message,
  SelectField,
  TextField,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { describeRequirement, readThresholds, startingThresholds } from './programmeDraft.ts';
import type { ProgrammeBase } from './types.ts';

/** The programme: a base version, a title and description, and each threshold (raise to be stricter). */
export function ProgrammeForm({
  centreId,
  bases,
  previous,
}: {
  centreId: string;
  bases: ProgrammeBase[];
  previous?:
    | {
        frameworkVersionId?: string;
        title?: string;
        description?: string;
        thresholds?: Array<{ path: string; value: number }>;
      }
    | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [baseId, setBaseId] = useState(
    bases.find((b) => b.id === previous?.frameworkVersionId)?.id ?? bases[0]!.id,
  );
  const base = bases.find((b) => b.id === baseId) ?? bases[0]!;
  const [title, setTitle] = useState(previous?.title ?? '');
  const [description, setDescription] = useState(previous?.description ?? '');
  const [typed, setTyped] = useState(() => startingThresholds(base, previous?.thresholds));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const check = useMutation(trpc.centre.accreditation.check.mutationOptions());
  const apply = useMutation(
    trpc.centre.accreditation.submitApplication.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.centre.accreditation.pathKey() }),
    }),
  );

  const build = () => {
    setAttempt((n) => n + 1);
    const found: FormError[] = [];
    if (!title.trim())
      found.push({ fieldId: `${id}-title`, message: 'Give your programme a title' });
    if (!description.trim())
      found.push({ fieldId: `${id}-description`, message: 'Describe your programme' });
    const read = readThresholds(base, typed);
    for (const [path, message] of Object.entries(read.errors))
      found.push({ fieldId: `${id}-${path}`, message });
    setErrors(found);
    if (found.length > 0) return null;
    return {
      frameworkVersionId: base.id,
      title: title.trim(),
      description: description.trim(),
      thresholds: read.thresholds,
    };
  };
  const onCheck = () => {
    const programme = build();
    if (programme) check.mutate({ centreId, programme });
  };
  const onApply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const programme = build();
    if (programme) apply.mutate({ centreId, programme });
  };
  const summary = [...errors];
  if (apply.isError) summary.push({ message: describeError(apply.error) });
  if (check.isError) summary.push({ message: describeError(check.error) });
  const report = apply.data?.report ?? check.data?.report;

  return (
    <form onSubmit={onApply} noValidate className="stack">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <SelectField
        label="National framework version"
        hint="Your programme is built on a published version of the trust’s framework."
        value={baseId}
        onChange={(e) => {
          setBaseId(e.target.value);
          const next = bases.find((b) => b.id === e.target.value);
          if (next) setTyped(startingThresholds(next));
        }}
        options={bases.map((b) => ({
          value: b.id,
          label: `${b.name}, version ${b.versionNumber}`,
        }))}
      />
      <TextField
        id={`${id}-title`}
        label="Programme title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-description`}>
          Describe your Bacc programme
        </label>
        <span className="field-hint" id={`${id}-description-hint`}>
          How learners take part: the qualifications you offer, the personal project, the personal
          development programme.
        </span>
        <textarea
          id={`${id}-description`}
          className="input"
          rows={4}
          aria-describedby={`${id}-description-hint`}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <table className="table">
        <caption>Thresholds: keep the national value, or ask for more</caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Requirement</th>
            <th scope="col">National</th>
            <th scope="col">Your programme</th>
          </tr>
        </thead>
        <tbody>
          {base.thresholds.map((s) => (
            <tr key={s.path}>
              <th scope="row">{s.where}</th>
              <td>{s.label}</td>
              <td className="nowrap">{describeRequirement(s.op, s.value)}</td>
              <td>
                <label className="visually-hidden" htmlFor={`${id}-${s.path}`}>
                  Your value for {s.where}: {s.label}
                </label>
                <input
                  id={`${id}-${s.path}`}
                  className="input input-width-10"
                  inputMode="decimal"
                  value={typed[s.path] ?? ''}
                  onChange={(e) => setTyped((t) => ({ ...t, [s.path]: e.target.value }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report ? <ConformanceReport report={report} /> : null}
      {apply.isSuccess ? (
        <Message tone="success" title="Application sent">
          <p>The trust will review it. You will see its decision here.</p>
        </Message>
      ) : null}
      <div className="button-row">
        <Button variant="secondary" busy={check.isPending} busyLabel="Checking…" onClick={onCheck}>
          Check against the national framework
        </Button>
        <Button type="submit" busy={apply.isPending} busyLabel="Sending…">
          Apply for accreditation
        </Button>
      </div>
    </form>
  );
}
