import { Button, describeError, Message, TextField, useSession, useTRPC } from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { parseGrades, parsePoints } from './scaleForm.ts';
import type { ScalesAndPoints } from './types.ts';

type Scale = ScalesAndPoints['scales'][number];
type PointsTable = ScalesAndPoints['pointsTables'][number];

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.trust.catalogue.pathKey() });
}

/** One scale: its grades with each points table's points, and a form to change them. */
export function GradeScaleEditor({
  scale,
  pointsTables,
}: {
  scale: Scale;
  pointsTables: PointsTable[];
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const grades = scale.grades as string[];
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(scale.name);
  const [gradeText, setGradeText] = useState(grades.join(', '));
  const [typed, setTyped] = useState<Record<string, Record<string, string>>>(() =>
    Object.fromEntries(
      pointsTables.map((t) => [
        t.key,
        Object.fromEntries(
          Object.entries(t.points[scale.key] ?? {}).map(([g, p]) => [g, String(p)]),
        ),
      ]),
    ),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const updateScale = useMutation(trpc.trust.catalogue.scales.update.mutationOptions());
  const savePoints = useMutation(trpc.trust.catalogue.scales.savePoints.mutationOptions());

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseGrades(gradeText);
    if (parsed.error) return setProblem(parsed.error);
    try {
      await updateScale.mutateAsync({
        trustId: user.trustId,
        key: scale.key,
        version: scale.version,
        name,
        grades: parsed.grades,
      });
      for (const table of pointsTables) {
        const pts = parsePoints(parsed.grades, typed[table.key] ?? {});
        if (pts.error) throw new Error(pts.error);
        const points = { ...table.points, [scale.key]: pts.points };
        await savePoints.mutateAsync({
          trustId: user.trustId,
          version: table.version,
          table: { key: table.key, name: table.name, points },
        });
      }
      setProblem(null);
      setEditing(false);
    } catch (error) {
      setProblem(
        error instanceof Error && !('data' in error) ? error.message : describeError(error),
      );
    } finally {
      await refresh();
    }
  };

  return (
    <section className="card" aria-labelledby={`scale-${scale.key}`}>
      <h2 className="card-title" id={`scale-${scale.key}`}>
        {scale.name} <span className="mono muted">{scale.key}</span>
      </h2>
      <p className="muted">
        Used by {scale.qualificationCount} qualification(s). Grades from the lowest to the highest.
      </p>
      <table className="table">
        <caption className="visually-hidden">Grades and points on {scale.name}</caption>
        <thead>
          <tr>
            <th scope="col">Grade</th>
            {grades.map((g) => (
              <th scope="col" key={g} className="num mono">
                {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pointsTables.map((t) => (
            <tr key={t.key}>
              <th scope="row">{t.name}</th>
              {grades.map((g) => (
                <td key={g} className="num">
                  {t.points[scale.key]?.[g] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {problem ? (
        <Message tone="danger" live="alert">
          {problem}
        </Message>
      ) : null}
      {editing ? (
        <form onSubmit={save} className="record-form" noValidate>
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            label="Grades, lowest first"
            hint="Separated by commas. A grade that results hold cannot be removed."
            value={gradeText}
            onChange={(e) => setGradeText(e.target.value)}
          />
          {pointsTables.map((t) => (
            <fieldset key={t.key} className="record-form-fields">
              <legend>{t.name} points</legend>
              {parseGrades(gradeText).grades.map((g) => (
                <TextField
                  key={g}
                  label={`${g}`}
                  width="10"
                  inputMode="numeric"
                  value={typed[t.key]?.[g] ?? ''}
                  onChange={(e) =>
                    setTyped((all) => ({ ...all, [t.key]: { ...all[t.key], [g]: e.target.value } }))
                  }
                />
              ))}
            </fieldset>
          ))}
          <div className="button-row">
            <Button
              type="submit"
              busy={updateScale.isPending || savePoints.isPending}
              busyLabel="Saving…"
            >
              Save scale
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
          Edit {scale.name}
        </Button>
      )}
    </section>
  );
}

export function NewGradeScaleForm() {
  const { user } = useSession();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [grades, setGrades] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.trust.catalogue.scales.create.mutationOptions({
      onSuccess: async () => {
        setKey('');
        setName('');
        setGrades('');
        await refresh();
      },
      onError: (e) => setProblem(describeError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseGrades(grades);
    if (!/^[a-z0-9_]{1,40}$/.test(key))
      return setProblem('The key must be lower-case letters, digits or _');
    if (!name.trim()) return setProblem('Enter the scale’s name');
    if (parsed.error) return setProblem(parsed.error);
    setProblem(null);
    create.mutate({
      trustId: user.trustId,
      scale: { key, name: name.trim(), grades: parsed.grades },
    });
  };
  return (
    <section className="card">
      <h2 className="card-title">Add a grade scale</h2>
      {problem ? (
        <Message tone="danger" live="alert">
          {problem}
        </Message>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="record-form-fields">
          <TextField
            label="Key"
            hint="e.g. cambridge_technical"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <TextField
          label="Grades, lowest first"
          hint="Separated by commas, e.g. U, P, M, D, D*"
          value={grades}
          onChange={(e) => setGrades(e.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending} busyLabel="Adding…">
            Add grade scale
          </Button>
        </div>
      </form>
    </section>
  );
}

export function NewPointsTableForm() {
  const { user } = useSession();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.trust.catalogue.scales.savePoints.mutationOptions({
      onSuccess: async () => {
        setKey('');
        setName('');
        await refresh();
      },
      onError: (e) => setProblem(describeError(e)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^[a-z0-9_]{1,40}$/.test(key))
      return setProblem('The key must be lower-case letters, digits or _');
    if (!name.trim()) return setProblem('Enter the table’s name');
    setProblem(null);
    create.mutate({ trustId: user.trustId, table: { key, name: name.trim(), points: {} } });
  };
  return (
    <section className="card">
      <h2 className="card-title">Add a points table</h2>
      <p>Then give each grade its points by editing the grade scales above.</p>
      {problem ? (
        <Message tone="danger" live="alert">
          {problem}
        </Message>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="record-form-fields">
          <TextField
            label="Points table key"
            hint="e.g. ucas_tariff"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <TextField
            label="Points table name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending} busyLabel="Adding…">
            Add points table
          </Button>
        </div>
      </form>
    </section>
  );
}
