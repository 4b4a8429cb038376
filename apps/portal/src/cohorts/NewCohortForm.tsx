import {
  Button,
  Card,
  describeError,
  ErrorSummary,
  Message,
  SelectField,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

/** A centre admin opens a new leaving year, pinned to one of the trust's published versions. */
export function NewCohortForm() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const centreId = user.centreId as string;
  const frameworks = useQuery(trpc.centre.frameworks.published.queryOptions({ centreId }));
  const [year, setYear] = useState(String(new Date().getFullYear() + 2));
  const [versionId, setVersionId] = useState('');
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(
    trpc.centre.cohorts.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.centre.pathKey() }),
      onError: () => setAttempt((n) => n + 1),
    }),
  );
  const chosen = versionId || frameworks.data?.[0]?.id || '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ centreId, leavingYear: Number(year), frameworkVersionId: chosen });
  };
  return (
    <Card title="Open a cohort">
      {create.isError ? (
        <ErrorSummary errors={[{ message: describeError(create.error) }]} focusKey={attempt} />
      ) : null}
      {create.isSuccess ? (
        <Message tone="success" title={`Cohort ${create.data.leavingYear} opened`}>
          <p>{create.data.decided} learners already entered for that year were decided.</p>
        </Message>
      ) : null}
      {frameworks.data?.length === 0 ? (
        <p>The trust has not published a framework version yet.</p>
      ) : (
        <form className="filters" onSubmit={submit}>
          <TextField
            id="cohort-year"
            label="Leaving year"
            inputMode="numeric"
            width="10"
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
          <SelectField
            id="cohort-framework"
            label="Framework version"
            value={chosen}
            onChange={(event) => setVersionId(event.target.value)}
            options={(frameworks.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.name}, version ${f.versionNumber}`,
            }))}
          />
          <Button type="submit" busy={create.isPending} busyLabel="Opening…" disabled={!chosen}>
            Open cohort
          </Button>
        </form>
      )}
    </Card>
  );
}
