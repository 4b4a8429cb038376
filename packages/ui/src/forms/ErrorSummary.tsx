import { type MouseEvent, useEffect, useRef } from 'react';

export interface FormError {
  /** The id of the field the error belongs to; omit for errors about the whole form. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: FormError[];
  title?: string;
  /** Changes to this value move focus to the summary again (e.g. a submit counter). */
  focusKey?: unknown;
}

/**
 * Lists a form's problems at the top of the form, takes focus so that keyboard and screen
 * reader users learn about them at once, and links each problem to its field.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  focusKey,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey re-runs the effect on purpose
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);

  if (!hasErrors) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 className="error-summary-title" id="error-summary-title">
        {title}
      </h2>
      {errors.length === 1 && !errors[0]?.fieldId ? (
        <p>{errors[0]?.message}</p>
      ) : (
        <ul>
          {errors.map((error) => (
            <li key={`${error.fieldId ?? ''}:${error.message}`}>
              {error.fieldId ? (
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => focusField(event, error.fieldId as string)}
                >
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
