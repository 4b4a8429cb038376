import {
  Badge,
  Button,
  ConformanceReport,
  type ConformanceView,
  describeError,
  formatCalendarDate,
  Message,
  SelectField,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  type AccreditationStatus,
  actionLabels,
  defaultUntil,
  nextActions,
  statusLabels,
  statusTones,
} from './accreditationLabels.ts';

import type { AccreditationReview } from './types.ts';

interface Programme {
  title?: string;
  description?: string;
  base?: { name: string; versionNumber: number };
}

/** The trust's review of a centre's accreditation: programme, conformance, history, decision. */
export function AccreditationPanel({ review }: { review: AccreditationReview }) {
  const { accreditation, history, centre } = review;
  const status = (accreditation?.status ?? 'none') as AccreditationStatus;
  const programme = (accreditation?.programme ?? {}) as Programme;
  return (
    <section className="card" aria-labelledby="accreditation-title">
      <h2 className="card-title" id="accreditation-title">
        Accreditation
      </h2>
      <p>
        <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>
        {accreditation?.accreditedUntil
          ? ` until ${formatCalendarDate(accreditation.accreditedUntil)}`
          : ''}
      </p>
      {!accreditation ? (
        <p>
          {centre.name} has not applied. Its centre admin applies from the portal’s Accreditation
          page.
        </p>
      ) : (
        <>
          <h3>{programme.title ?? 'The centre’s programme'}</h3>
          {programme.base ? (
            <p className="muted">
              Built on {programme.base.name}, version {programme.base.versionNumber}.
            </p>
          ) : null}
          {programme.description ? <p>{programme.description}</p> : null}
          {accreditation.conformance ? (
            <ConformanceReport report={accreditation.conformance as ConformanceView} />
          ) : null}
          <DecisionForm
            centreId={centre.id}
            version={accreditation.version}
            status={status}
            conforms={(accreditation.conformance as ConformanceView | null)?.conforms ?? false}
          />
        </>
      )}
      {history.length > 0 ? (
        <table className="table">
          <caption>History</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Until</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {history.map((e) => (
              <tr key={e.id}>
                <th scope="row" className="nowrap">
                  {new Date(e.occurredAt).toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </th>
                <td>{actionLabels[e.action as keyof typeof actionLabels] ?? e.action}</td>
                <td className="nowrap">
                  {e.accreditedUntil ? formatCalendarDate(e.accreditedUntil) : '—'}
                </td>
                <td>{e.actorName ?? '—'}</td>
                <td>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function DecisionForm({
  centreId,
  version,
  status,
  conforms,
}: {
  centreId: string;
  version: number;
  status: AccreditationStatus;
  conforms: boolean;
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const actions = nextActions(status).filter((a) => a !== 'accredit' || conforms);
  const [action, setAction] = useState<(typeof actions)[number] | ''>(actions[0] ?? '');
  const [until, setUntil] = useState(defaultUntil(new Date()));
  const [note, setNote] = useState('');
  const decide = useMutation(
    trpc.trust.accreditation.decide.mutationOptions({
      onSuccess: () => {
        setNote('');
        return queryClient.invalidateQueries({ queryKey: trpc.trust.pathKey() });
      },
    }),
  );
  if (actions.length === 0) return null;
  const needsDate = action === 'accredit' || action === 'renew';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    decide.mutate({
      trustId: user.trustId,
      centreId,
      version,
      action: action as 'accredit',
      until: needsDate ? until : undefined,
      note: note.trim() || undefined,
    });
  };
  return (
    <form onSubmit={submit} className="record-form" noValidate>
      <h3>Decide</h3>
      {!conforms && status === 'applied' ? (
        <p>
          The programme does not conform, so it cannot be accredited. Turn it down with a note
          saying what to change.
        </p>
      ) : null}
      {decide.isError ? (
        <Message tone="danger" live="alert">
          {describeError(decide.error)}
        </Message>
      ) : null}
      {decide.isSuccess ? (
        <Message tone="success">
          Saved: {statusLabels[decide.data.status as AccreditationStatus]}.
        </Message>
      ) : null}
      <SelectField
        label="Decision"
        value={action}
        onChange={(e) => setAction(e.target.value as typeof action)}
        options={actions.map((a) => ({ value: a, label: actionLabels[a] }))}
      />
      {needsDate ? (
        <TextField
          label="Accredited until"
          type="date"
          width="10"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
        />
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-note`}>
          Note to the centre
        </label>
        <span className="field-hint" id={`${id}-note-hint`}>
          Required to suspend, withdraw or turn down: say what to put right.
        </span>
        <textarea
          id={`${id}-note`}
          className="input"
          rows={3}
          aria-describedby={`${id}-note-hint`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <Button
          type="submit"
          variant={
            action === 'withdraw' || action === 'suspend' || action === 'reject'
              ? 'danger'
              : 'primary'
          }
          busy={decide.isPending}
          busyLabel="Saving…"
        >
          {action ? actionLabels[action] : 'Decide'}
        </Button>
      </div>
    </form>
  );
}
