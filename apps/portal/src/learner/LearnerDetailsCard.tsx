import type { LearnerInput } from '@bacc/schema';
import { Badge, Button, formatCalendarDate, useTRPC } from '@bacc/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ConflictChoices } from './evidence/ConflictChoices.tsx';
import { type FieldErrors, serverFailure } from './forms.ts';
import { LearnerConflictHint, LearnerForm, learnerDraftOf } from './LearnerForm.tsx';
import type { LearnerDetails } from './types.ts';

function NotRecorded() {
  return <span className="muted">Not recorded</span>;
}

/** The learner's details at a glance, and the form to correct them (version-checked). */
export function LearnerDetailsCard({
  centreId,
  learner,
  locked,
  refresh,
}: {
  centreId: string;
  learner: LearnerDetails;
  locked: boolean;
  refresh: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [current, setCurrent] = useState<LearnerDetails | null>(null);
  const [pending, setPending] = useState<LearnerInput | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [version, setVersion] = useState(learner.version);
  // The values the form starts from: the learner as loaded, or as someone else just saved it.
  const [base, setBase] = useState<LearnerDetails>(learner);
  const update = useMutation(
    trpc.centre.learners.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setEditing(false);
        setCurrent(null);
      },
      onError: (error) => {
        const f = serverFailure(error, 'learner');
        setFields(f.fields);
        setMessage(f.message);
        setCurrent((f.current as LearnerDetails | null) ?? null);
        setAttempt((n) => n + 1);
      },
    }),
  );
  const save = (input: LearnerInput, atVersion: number) => {
    setPending(input);
    setFields({});
    setMessage(null);
    update.mutate({ centreId, learnerId: learner.id, version: atVersion, learner: input });
  };
  const open = () => {
    setVersion(learner.version);
    setBase(learner);
    setFormKey((k) => k + 1);
    setEditing(true);
  };
  const duplicate = fields.uln ? 'uln' : fields.upn ? 'upn' : null;

  return (
    <section className="card" aria-labelledby="details-heading">
      <div className="section-header">
        <h2 id="details-heading">Details</h2>
        {locked ? (
          <Badge tone="info">Submitted for award: locked</Badge>
        ) : editing ? null : (
          <Button variant="secondary" size="small" onClick={open}>
            Edit details
          </Button>
        )}
      </div>
      {editing ? (
        <LearnerForm
          key={formKey}
          initial={learnerDraftOf(base)}
          submitLabel="Save details"
          busy={update.isPending}
          serverErrors={current ? {} : fields}
          serverMessage={current ? null : message}
          attempt={attempt}
          onSubmit={(input) => save(input, version)}
          onCancel={() => {
            setEditing(false);
            setCurrent(null);
            setFields({});
            setMessage(null);
          }}
          notice={
            <>
              {duplicate ? <LearnerConflictHint field={duplicate} /> : null}
              {current ? (
                <div className="message message-warning" role="alert">
                  <p className="message-title">
                    Not saved: this learner changed while you were editing
                  </p>
                  <p>{message}</p>
                  <ConflictChoices
                    current={`${current.legalGivenName} ${current.legalFamilyName}${current.preferredName ? ` (${current.preferredName})` : ''}, born ${formatCalendarDate(current.dateOfBirth)}, leaving ${current.leavingYear}, ULN ${current.uln ?? 'none'}, UPN ${current.upn ?? 'none'}`}
                    busy={update.isPending}
                    onUseTheirs={() => {
                      setVersion(current.version);
                      setBase(current);
                      setFormKey((k) => k + 1);
                      setCurrent(null);
                      setMessage(null);
                      void refresh();
                    }}
                    onApplyMine={
                      pending
                        ? () => {
                            setVersion(current.version);
                            save(pending, current.version);
                          }
                        : undefined
                    }
                  />
                </div>
              ) : null}
            </>
          }
        />
      ) : (
        <dl className="summary-list">
          <div>
            <dt>Legal name</dt>
            <dd>
              {learner.legalGivenName} {learner.legalFamilyName}
            </dd>
          </div>
          <div>
            <dt>Preferred name</dt>
            <dd>{learner.preferredName ?? <NotRecorded />}</dd>
          </div>
          <div>
            <dt>ULN</dt>
            <dd className="mono">{learner.uln ?? <NotRecorded />}</dd>
          </div>
          <div>
            <dt>UPN</dt>
            <dd className="mono">{learner.upn ?? <NotRecorded />}</dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>{formatCalendarDate(learner.dateOfBirth)}</dd>
          </div>
          <div>
            <dt>Leaving year</dt>
            <dd>{learner.leavingYear}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
