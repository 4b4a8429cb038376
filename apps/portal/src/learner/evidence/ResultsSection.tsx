import {
  Badge,
  Button,
  type Column,
  EmptyState,
  formatCalendarDate,
  Table,
  useTRPCClient,
} from '@bacc/ui';
import { useState } from 'react';
import type { Catalogue, ResultItem } from '../types.ts';
import { DeleteControl } from './DeleteControl.tsx';
import { ResultForm, statusNames } from './ResultForm.tsx';

export interface SectionProps {
  centreId: string;
  learnerId: string;
  locked: boolean;
  catalogue: Catalogue | undefined;
  refresh: () => Promise<unknown>;
}

export function ResultsSection({
  centreId,
  learnerId,
  locked,
  catalogue,
  refresh,
  results,
}: SectionProps & { results: ResultItem[] }) {
  const client = useTRPCClient();
  const [editing, setEditing] = useState<ResultItem | 'new' | null>(null);
  const columns: Array<Column<ResultItem>> = [
    { key: 'title', header: 'Qualification', rowHeader: true, cell: (r) => r.title },
    { key: 'level', header: 'Level', numeric: true, cell: (r) => r.level },
    { key: 'grade', header: 'Grade', cell: (r) => <strong>{r.grade}</strong> },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => (
        <>
          <Badge tone={r.status === 'confirmed' ? 'success' : 'neutral'}>
            {statusNames[r.status]}
          </Badge>
          {r.awardedOn ? (
            <span className="cell-secondary">Awarded {formatCalendarDate(r.awardedOn)}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (r) =>
        locked ? null : (
          <span className="row-actions">
            <Button variant="link" size="small" onClick={() => setEditing(r)}>
              Edit<span className="visually-hidden"> {r.title}</span>
            </Button>
            <DeleteControl
              what={`the ${r.title} result`}
              onDelete={() =>
                client.centre.results.delete.mutate({ centreId, id: r.id, version: r.version })
              }
              onDeleted={refresh}
            />
          </span>
        ),
    },
  ];
  return (
    <section className="card record-section" aria-labelledby="results-heading">
      <div className="section-header">
        <h2 id="results-heading">Qualifications and results</h2>
        {!locked && editing === null ? (
          <Button
            variant="secondary"
            size="small"
            disabled={!catalogue}
            onClick={() => setEditing('new')}
          >
            Add a result
          </Button>
        ) : null}
      </div>
      {editing !== null && catalogue ? (
        <ResultForm
          key={editing === 'new' ? 'new' : editing.id}
          centreId={centreId}
          learnerId={learnerId}
          catalogue={catalogue}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {results.length === 0 ? (
        <EmptyState title="No results yet">
          <p>
            Add each qualification the learner is taking, with a provisional grade until it is
            confirmed.
          </p>
        </EmptyState>
      ) : (
        <Table
          caption="Results"
          captionHidden
          columns={columns}
          rows={results}
          rowKey={(r) => r.id}
        />
      )}
    </section>
  );
}
