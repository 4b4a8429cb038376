import { Button, describeError } from '@bacc/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/** Delete with a second, explicit confirmation; a refusal (e.g. a stale version) is said plainly. */
export function DeleteControl({
  what,
  onDelete,
  onDeleted,
  disabled,
}: {
  what: string;
  onDelete: () => Promise<unknown>;
  onDeleted: () => Promise<unknown>;
  disabled?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: onDelete, onSettled: () => onDeleted() });
  if (!confirming)
    return (
      <>
        <Button variant="link" size="small" disabled={disabled} onClick={() => setConfirming(true)}>
          Delete<span className="visually-hidden"> {what}</span>
        </Button>
        {mutation.isError ? (
          <span className="field-error" role="alert">
            {describeError(mutation.error)}
          </span>
        ) : null}
      </>
    );
  return (
    <span className="inline-confirm">
      <span>Delete {what}?</span>
      <Button
        variant="danger"
        size="small"
        busy={mutation.isPending}
        busyLabel="Deleting…"
        onClick={() => mutation.mutate(undefined, { onSettled: () => setConfirming(false) })}
      >
        Yes, delete
      </Button>
      <Button variant="secondary" size="small" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
    </span>
  );
}
