import {
  Button,
  describeError,
  ErrorSummary,
  type FormError,
  Message,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';

/**
 * Approve the submission for award (issuance picks up approved submissions), or return it to
 * the centre with a comment saying what to put right. Returning needs a comment.
 */
export function DecisionPanel({
  submissionId,
  centreName,
  status,
}: {
  submissionId: string;
  centreName: string;
  status: 'pending' | 'returned' | 'approved';
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.trust.moderation.learners.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.trust.submissions.list.queryKey() }),
    ]);
  const fail = (error: unknown) => {
    setErrors([{ message: describeError(error) }]);
    setAttempt((a) => a + 1);
  };
  const approve = useMutation(
    trpc.trust.submissions.approve.mutationOptions({
      onSuccess: async () => {
        setDone(`Approved. ${centreName}’s learners are ready for their awards to be issued.`);
        await refresh();
      },
      onError: fail,
    }),
  );
  const giveBack = useMutation(
    trpc.trust.submissions.return.mutationOptions({
      onSuccess: async () => {
        setDone(
          `Returned to ${centreName} with your comment. Their learners are unlocked to edit.`,
        );
        await refresh();
      },
      onError: fail,
    }),
  );
  const busy = approve.isPending || giveBack.isPending;

  const onReturn = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((a) => a + 1);
    if (!comment.trim()) {
      setErrors([
        { fieldId: commentId, message: 'Write a comment telling the centre what to put right' },
      ]);
      return;
    }
    setErrors([]);
    giveBack.mutate({ trustId: user.trustId, submissionId, comment: comment.trim() });
  };

  if (done)
    return (
      <Message tone="success" title="Decision recorded">
        {<p>{done}</p>}
      </Message>
    );
  if (status !== 'pending') return null;
  const commentError = errors.find((e) => e.fieldId === commentId)?.message;
  return (
    <section aria-labelledby="decision-heading" className="stack card">
      <h2 id="decision-heading">Decision</h2>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <div className="form-actions">
        <Button
          busy={approve.isPending}
          busyLabel="Approving…"
          disabled={busy}
          onClick={() => {
            setErrors([]);
            approve.mutate({ trustId: user.trustId, submissionId });
          }}
        >
          Approve for award
        </Button>
      </div>
      <form onSubmit={onReturn} noValidate className="stack">
        <div className="field">
          <label className="field-label" htmlFor={commentId}>
            Comment for the centre
          </label>
          <p className="field-hint" id={`${commentId}-hint`}>
            Needed to return the submission: say which learners or evidence to put right.
          </p>
          {commentError ? (
            <p className="field-error" id={`${commentId}-error`}>
              <span className="visually-hidden">Error: </span>
              {commentError}
            </p>
          ) : null}
          <textarea
            id={commentId}
            className="input field-textarea"
            value={comment}
            maxLength={2000}
            aria-describedby={`${commentId}-hint${commentError ? ` ${commentId}-error` : ''}`}
            aria-invalid={commentError ? true : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button
            type="submit"
            variant="danger"
            busy={giveBack.isPending}
            busyLabel="Returning…"
            disabled={busy}
          >
            Return to the centre
          </Button>
        </div>
      </form>
    </section>
  );
}
