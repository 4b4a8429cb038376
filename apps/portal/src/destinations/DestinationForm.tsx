import {
  type DestinationCheckpoint,
  type DestinationKind,
  destinationInputSchema,
  destinationKinds,
} from '@bacc/schema';
import {
  Button,
  Card,
  describeError,
  ErrorSummary,
  errorCode,
  type FormError,
  formatCalendarDate,
  Message,
  SelectField,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { checkpointNames, kindNames, SUSTAINED_HINT } from './words.ts';

interface Destination {
  kind: DestinationKind;
  provider: string | null;
  sustained: boolean | null;
  recordedOn: string;
  notes: string | null;
  version: number;
}

const today = () => new Date().toISOString().slice(0, 10);
const draftOf = (d: Destination | null) => ({
  kind: d?.kind ?? ('' as DestinationKind | ''),
  provider: d?.provider ?? '',
  sustained: d?.sustained === true ? 'yes' : d?.sustained === false ? 'no' : '',
  recordedOn: d?.recordedOn ?? today(),
  notes: d?.notes ?? '',
});

/** Where the learner went at one checkpoint: a first entry or a versioned edit. */
export function DestinationForm({
  learnerId,
  checkpoint,
  current,
}: {
  learnerId: string;
  checkpoint: DestinationCheckpoint;
  current: Destination | null;
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(current));
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [theirs, setTheirs] = useState<Destination | null>(null);
  const save = useMutation(
    trpc.centre.destinations.record.mutationOptions({
      onSuccess: (saved) => {
        setVersion(saved.version);
        setTheirs(null);
        void queryClient.invalidateQueries({ queryKey: trpc.centre.destinations.pathKey() });
      },
      onError: (error) => {
        setAttempt((n) => n + 1);
        setErrors([{ message: describeError(error) }]);
        if (errorCode(error) === 'CONFLICT') {
          const details = (error as { data?: { details?: { current?: Destination } } }).data
            ?.details;
          setTheirs(details?.current ?? null);
        }
      },
    }),
  );
  const set = (name: keyof ReturnType<typeof draftOf>) => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = destinationInputSchema.safeParse({
      ...draft,
      sustained: draft.sustained === 'yes' ? true : draft.sustained === 'no' ? false : null,
    });
    if (!parsed.success) {
      setAttempt((n) => n + 1);
      setErrors(
        parsed.error.issues.map((i) => ({
          fieldId: `${id}-${String(i.path[0])}`,
          message: i.message,
        })),
      );
      return;
    }
    setErrors([]);
    save.mutate({
      centreId: user.centreId as string,
      learnerId,
      checkpoint,
      version,
      destination: parsed.data,
    });
  };
  const fieldError = (name: string) => errors.find((e) => e.fieldId === `${id}-${name}`)?.message;

  return (
    <Card title={checkpointNames[checkpoint]}>
      <ErrorSummary errors={errors} focusKey={attempt} />
      {theirs ? (
        <Message tone="warning" title="Someone else saved this destination first" live="none">
          <p>
            They recorded {kindNames[theirs.kind]}
            {theirs.provider ? ` at ${theirs.provider}` : ''} on{' '}
            {formatCalendarDate(theirs.recordedOn)}.
          </p>
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              setDraft(draftOf(theirs));
              setVersion(theirs.version);
              setTheirs(null);
              setErrors([]);
            }}
          >
            Use their entry, then edit
          </Button>
        </Message>
      ) : null}
      {save.isSuccess && !theirs ? <Message tone="success" title="Destination saved" /> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <SelectField
          id={`${id}-kind`}
          label="Where did they go?"
          value={draft.kind}
          error={fieldError('kind')}
          onChange={(event) => set('kind')(event.target.value)}
          options={[
            { value: '', label: 'Choose…' },
            ...destinationKinds.map((k) => ({ value: k, label: kindNames[k] })),
          ]}
        />
        <TextField
          id={`${id}-provider`}
          label="Provider or employer"
          hint="College, university, training provider or employer (optional)"
          value={draft.provider}
          error={fieldError('provider')}
          onChange={(event) => set('provider')(event.target.value)}
        />
        <SelectField
          id={`${id}-sustained`}
          label="Sustained?"
          hint={SUSTAINED_HINT}
          value={draft.sustained}
          error={fieldError('sustained')}
          onChange={(event) => set('sustained')(event.target.value)}
          options={[
            { value: '', label: 'Not known yet' },
            { value: 'yes', label: 'Yes, sustained' },
            { value: 'no', label: 'No, not sustained' },
          ]}
        />
        <TextField
          id={`${id}-recordedOn`}
          label="Recorded on"
          type="date"
          width="10"
          value={draft.recordedOn}
          error={fieldError('recordedOn')}
          onChange={(event) => set('recordedOn')(event.target.value)}
        />
        <TextField
          id={`${id}-notes`}
          label="Notes"
          hint="Optional"
          value={draft.notes}
          error={fieldError('notes')}
          onChange={(event) => set('notes')(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={save.isPending} busyLabel="Saving…">
            Save {checkpointNames[checkpoint].toLowerCase()}
          </Button>
        </div>
      </form>
    </Card>
  );
}
