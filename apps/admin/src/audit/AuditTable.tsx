import { type Column, Table } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import type { AuditEvent } from '../api-types.ts';
import { formatDateTime } from '../moderation/labels.ts';
import { fieldChanges, fieldLabel } from './diff.ts';

function Changes({ event }: { event: AuditEvent }) {
  const changes = fieldChanges(event.before, event.after);
  if (changes.length === 0) return <span className="muted">No field changes recorded</span>;
  return (
    <ul className="diff-list">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{fieldLabel(c.field)}</strong>:{' '}
          {c.before !== null ? (
            <>
              <span className="visually-hidden">was </span>
              <span className="diff-before">{c.before}</span>
            </>
          ) : null}
          {c.before !== null && c.after !== null ? <span aria-hidden="true"> → </span> : null}
          {c.after !== null ? (
            <>
              <span className="visually-hidden">{c.before !== null ? ', now ' : 'set to '}</span>
              <span className="diff-after">{c.after}</span>
            </>
          ) : (
            <span className="visually-hidden">, removed</span>
          )}
        </li>
      ))}
    </ul>
  );
}

const columns: Array<Column<AuditEvent>> = [
  {
    key: 'when',
    header: 'When',
    rowHeader: true,
    cell: (e) => <span className="nowrap">{formatDateTime(e.occurredAt)}</span>,
  },
  {
    key: 'who',
    header: 'Who',
    cell: (e) =>
      e.actorName ? (
        <>
          {e.actorName}
          <span className="cell-secondary">{e.actorEmail}</span>
        </>
      ) : (
        <span className="muted">System</span>
      ),
  },
  { key: 'action', header: 'Action', cell: (e) => <span className="mono">{e.action}</span> },
  {
    key: 'record',
    header: 'Record',
    cell: (e) =>
      e.entity === 'submission' && e.entityId ? (
        <Link to="/moderation/$submissionId" params={{ submissionId: e.entityId }} search={{}}>
          submission
          <span className="cell-secondary mono">{e.entityId.slice(0, 8)}</span>
        </Link>
      ) : (
        <>
          {e.entity}
          {e.entityId ? (
            <span className="cell-secondary mono">{e.entityId.slice(0, 8)}</span>
          ) : null}
        </>
      ),
  },
  {
    key: 'centre',
    header: 'Centre',
    cell: (e) => e.centreName ?? <span className="muted">Trust</span>,
  },
  { key: 'changes', header: 'Changes', cell: (e) => <Changes event={e} /> },
];

export function AuditTable({
  caption,
  events,
}: {
  caption: string;
  events: readonly AuditEvent[];
}) {
  return <Table caption={caption} columns={columns} rows={events} rowKey={(e) => String(e.id)} />;
}
