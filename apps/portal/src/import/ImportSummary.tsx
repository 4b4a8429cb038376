import { Button, formatCount, Message, StatTile, StatTiles } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import type { CommitOutcome } from './types.ts';

export function ImportSummary({
  outcome,
  fileName,
  onRestart,
}: {
  outcome: CommitOutcome;
  fileName: string;
  onRestart: () => void;
}) {
  if (outcome.status === 'already_imported') {
    return (
      <div className="stack">
        <Message tone="info" title="Nothing changed">
          <p>
            This file was imported already on{' '}
            {new Date(outcome.committedAt).toLocaleString('en-GB')}; importing the same content
            again changes nothing.
          </p>
        </Message>
        <div className="form-actions">
          <Button onClick={onRestart}>Import another file</Button>
        </div>
      </div>
    );
  }
  const { counts } = outcome;
  return (
    <div className="stack">
      <Message tone="success" title={`${fileName} is imported`}>
        <p>
          Every row was saved together. {formatCount(outcome.learnersChanged)} learners’ records
          changed and {formatCount(outcome.decided)} have had their award decided again.
        </p>
      </Message>
      <StatTiles label="What the import did">
        <StatTile label="Added" value={formatCount(counts.create)} />
        <StatTile label="Updated" value={formatCount(counts.update)} />
        <StatTile label="Unchanged" value={formatCount(counts.unchanged)} />
        <StatTile label="Decisions computed" value={formatCount(outcome.decided)} />
      </StatTiles>
      <div className="form-actions">
        <Link to="/">See the learners</Link>
        <Button variant="secondary" onClick={onRestart}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
