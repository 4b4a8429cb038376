import { Button } from '../components/Button.tsx';
import { describeError } from '../trpc/errors.ts';

export interface ErrorStateProps {
  title?: string;
  error?: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** An announced error panel with a plain-language message and an optional retry. */
export function ErrorState({
  title = 'Sorry, this could not be loaded',
  error,
  onRetry,
  retrying = false,
}: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert">
      <h2 className="state-title">{title}</h2>
      <p>{describeError(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry} busy={retrying} busyLabel="Trying again…">
          Try again
        </Button>
      ) : null}
    </div>
  );
}
