import type { ReactNode } from 'react';
import { cx } from '../cx.ts';

export interface FieldIds {
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

/** The ids that tie a control to its hint and error text through aria-describedby. */
export function fieldIds(id: string, hint?: ReactNode, error?: string | null): FieldIds {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  ids: FieldIds;
  className?: string;
  children: ReactNode;
}

/** Label, hint and error text around one control. */
export function Field({ id, label, hint, error, ids, className, children }: FieldProps) {
  return (
    <div className={cx('field', error && 'field-error-bar', className)}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="field-hint" id={ids.hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={ids.errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
