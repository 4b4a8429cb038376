import {
  Button,
  type Column,
  formatCount,
  Message,
  plural,
  StatTile,
  StatTiles,
  Table,
} from '@bacc/ui';
import type { DryRun } from './types.ts';

type Problem = DryRun['errors'][number];
type Preview = DryRun['preview'][number];
const n = formatCount;

const problemColumns: Array<Column<Problem>> = [
  { key: 'row', header: 'Row', cell: (p) => p.row, numeric: true, rowHeader: true },
  { key: 'column', header: 'Column', cell: (p) => p.column },
  { key: 'message', header: 'Problem', cell: (p) => p.message },
];
const actionWords = { create: 'Add', update: 'Update', unchanged: 'No change' } as const;
const previewColumns: Array<Column<Preview>> = [
  { key: 'row', header: 'Row', cell: (p) => p.row, numeric: true, rowHeader: true },
  { key: 'action', header: 'Will', cell: (p) => actionWords[p.action] },
  { key: 'learner', header: 'Learner', cell: (p) => p.learner },
  { key: 'detail', header: 'Details', cell: (p) => p.detail },
];

/** What the dry run found: counts, every problem (downloadable), or a preview and the import button. */
export function DryRunResult({
  result,
  fileName,
  committing,
  downloading,
  onDownload,
  onCommit,
  onRestart,
}: {
  result: DryRun;
  fileName: string;
  committing: boolean;
  downloading: boolean;
  onDownload: () => void;
  onCommit: () => void;
  onRestart: () => void;
}) {
  const restart = (
    <Button variant="secondary" onClick={onRestart} disabled={committing}>
      Choose another file
    </Button>
  );
  if (result.alreadyImported) {
    return (
      <div className="stack">
        <Message tone="info" title="This file has been imported already">
          <p>
            The same content was imported as {result.alreadyImported.fileName} on{' '}
            {new Date(result.alreadyImported.committedAt).toLocaleString('en-GB')}. Importing it
            again would change nothing, so there is nothing to do.
          </p>
        </Message>
        <div className="form-actions">{restart}</div>
      </div>
    );
  }
  const { counts } = result;
  return (
    <div className="stack">
      <StatTiles label={`What importing ${fileName} would do`}>
        <StatTile label="Rows" value={n(result.rowCount)} />
        <StatTile label="To add" value={n(counts.create)} />
        <StatTile label="To update" value={n(counts.update)} />
        <StatTile label="Unchanged" value={n(counts.unchanged)} />
        <StatTile label="Problems" value={n(result.errorCount)} />
      </StatTiles>
      {result.errorCount > 0 ? (
        <>
          <Message
            tone="danger"
            live="alert"
            title={`${plural(result.errorCount, 'problem')} found: nothing has been imported`}
          >
            <p>
              Fix each problem in your spreadsheet (row numbers are as your spreadsheet shows them),
              save it as CSV and choose it again. The file is imported only when every row is right.
            </p>
          </Message>
          <div className="form-actions">
            <Button
              variant="secondary"
              onClick={onDownload}
              busy={downloading}
              busyLabel="Preparing the list…"
            >
              Download the problems (CSV)
            </Button>
            {restart}
          </div>
          <Table
            caption={
              result.errorCount > result.errors.length
                ? `The first ${n(result.errors.length)} of ${n(result.errorCount)} problems`
                : 'Problems, by row'
            }
            columns={problemColumns}
            rows={result.errors}
            rowKey={(p) => `${p.row}:${p.field}:${p.message}`}
          />
        </>
      ) : (
        <>
          <Message tone="success" title="Every row is ready to import">
            <p>Nothing has been saved yet. Importing saves every row together, or none at all.</p>
          </Message>
          {result.preview.length > 0 ? (
            <Table
              caption="The first rows, as they will be imported"
              columns={previewColumns}
              rows={result.preview}
              rowKey={(p) => String(p.row)}
            />
          ) : null}
          <div className="form-actions">
            <Button onClick={onCommit} busy={committing} busyLabel="Importing…">
              Import {plural(result.rowCount, 'row')}
            </Button>
            {restart}
          </div>
        </>
      )}
    </div>
  );
}
