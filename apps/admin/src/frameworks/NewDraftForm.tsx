import {
  Button,
  Card,
  describeError,
  ErrorSummary,
  SelectField,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { VersionSummary } from './types.ts';

type Start = 'fixture' | 'copy' | 'blank';

/** Starts a draft from a reference framework, a copy of a version, or nothing. */
export function NewDraftForm({ versions }: { versions: readonly VersionSummary[] }) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const fixtures = useQuery(trpc.trust.frameworks.fixtures.queryOptions({ trustId: user.trustId }));
  const [start, setStart] = useState<Start>('fixture');
  const [fixtureId, setFixtureId] = useState('national_bacc_england');
  const [versionId, setVersionId] = useState('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useMutation(
    trpc.trust.frameworks.createDraft.mutationOptions({
      onSuccess: (draft) => {
        void queryClient.invalidateQueries({ queryKey: trpc.trust.frameworks.pathKey() });
        void navigate({ to: '/frameworks/$versionId', params: { versionId: draft.id } });
      },
    }),
  );
  const copyFrom = versionId || versions[0]?.id || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (start === 'blank' && !name.trim()) {
      setNameError('Give the framework a name');
      return;
    }
    setNameError(null);
    create.mutate({
      trustId: user.trustId,
      source:
        start === 'fixture'
          ? { kind: 'fixture', fixtureId }
          : start === 'copy'
            ? { kind: 'copy', versionId: copyFrom }
            : { kind: 'blank', name: name.trim() },
    });
  };

  return (
    <Card title="Start a new draft">
      <form className="stack" onSubmit={submit} noValidate>
        {create.isError ? (
          <ErrorSummary
            title="The draft could not be created"
            errors={[{ message: describeError(create.error) }]}
          />
        ) : null}
        <fieldset className="stack">
          <legend>Start from</legend>
          {(
            [
              [
                'fixture',
                'A reference framework (National Bacc, IB Diploma, AQA Bacc, Welsh Bacc, ModBac)',
              ],
              ['copy', 'A copy of one of your versions'],
              ['blank', 'An empty framework'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="start"
                value={value}
                checked={start === value}
                onChange={() => setStart(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {start === 'fixture' ? (
          <SelectField
            label="Reference framework"
            value={fixtureId}
            onChange={(e) => setFixtureId(e.target.value)}
            options={(fixtures.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.name} (${f.version})`,
            }))}
            hint={fixtures.isPending ? 'Loading the reference frameworks…' : undefined}
          />
        ) : start === 'copy' ? (
          versions.length === 0 ? (
            <p className="muted">There are no versions to copy yet.</p>
          ) : (
            <SelectField
              label="Version to copy"
              value={copyFrom}
              onChange={(e) => setVersionId(e.target.value)}
              options={versions.map((v) => ({
                value: v.id,
                label: `${v.name}, version ${v.versionNumber} (${v.status})`,
              }))}
            />
          )
        ) : (
          <TextField
            label="Framework name"
            value={name}
            error={nameError}
            onChange={(e) => setName(e.target.value)}
          />
        )}
        <div className="form-actions">
          <Button
            type="submit"
            busy={create.isPending}
            busyLabel="Creating the draft…"
            disabled={start === 'copy' && !copyFrom}
          >
            Create draft
          </Button>
        </div>
      </form>
    </Card>
  );
}
