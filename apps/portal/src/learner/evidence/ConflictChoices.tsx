import { Button } from '@bacc/ui';
import type { ReactNode } from 'react';

/**
 * What someone else saved, and the two honest ways on: take their version, or put this
 * change on top of theirs knowingly. Nothing is overwritten without one of these choices.
 */
export function ConflictChoices({
  current,
  onUseTheirs,
  onApplyMine,
  busy,
}: {
  current: ReactNode;
  onUseTheirs: () => void;
  onApplyMine?: () => void;
  busy: boolean;
}) {
  return (
    <>
      <p className="conflict-current">
        <strong>Saved now:</strong> {current}
      </p>
      <div className="form-actions">
        <Button variant="secondary" onClick={onUseTheirs}>
          Load their version
        </Button>
        {onApplyMine ? (
          <Button onClick={onApplyMine} busy={busy} busyLabel="Saving…">
            Save my change over theirs
          </Button>
        ) : null}
      </div>
    </>
  );
}
