import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from './Button.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy?: boolean;
  tone?: 'primary' | 'danger';
  /** When given, a reason must be written before confirming; it is passed to onConfirm. */
  reasonLabel?: string;
  reasonHint?: string;
  /** An error from the last attempt, shown inside the dialog. */
  error?: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus and closes it on Escape;
 * focus returns to whatever opened it. With `reasonLabel` it asks for a reason and refuses an
 * empty one with an error message rather than a disabled button.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  busy = false,
  tone = 'primary',
  reasonLabel,
  reasonHint,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      setReasonError(null);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reasonLabel && reason.trim().length < 3) {
      setReasonError(`Write the ${reasonLabel.toLowerCase()} (at least 3 characters).`);
      return;
    }
    onConfirm(reason.trim());
  };
  const describedBy = [reasonHint ? `${id}-hint` : null, reasonError ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate className="stack">
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        <div>{children}</div>
        {reasonLabel ? (
          <div className={reasonError ? 'field field-error-bar' : 'field'}>
            <label className="field-label" htmlFor={`${id}-reason`}>
              {reasonLabel}
            </label>
            {reasonHint ? (
              <span className="field-hint" id={`${id}-hint`}>
                {reasonHint}
              </span>
            ) : null}
            {reasonError ? (
              <span className="field-error" id={`${id}-error`}>
                <span className="visually-hidden">Error: </span>
                {reasonError}
              </span>
            ) : null}
            <textarea
              id={`${id}-reason`}
              className="input field-textarea"
              value={reason}
              maxLength={500}
              aria-describedby={describedBy || undefined}
              aria-invalid={reasonError ? true : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        ) : null}
        {error ? (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <Button type="submit" variant={tone} busy={busy} busyLabel={busyLabel}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </dialog>
  );
}
