import { activityStrands, strandNames } from '@bacc/schema';
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
import type { ActivityItem } from '../types.ts';
import { ActivityForm } from './ActivityForm.tsx';
import { DeleteControl } from './DeleteControl.tsx';
import type { SectionProps } from './ResultsSection.tsx';

const dates = (a: ActivityItem) =>
  a.startedOn || a.endedOn
    ? `${a.startedOn ? formatCalendarDate(a.startedOn) : '…'} to ${a.endedOn ? formatCalendarDate(a.endedOn) : 'now'}`
    : 'Dates not recorded';

/** Verified and unverified hours in each strand. */
export function strandTotals(activities: readonly ActivityItem[]) {
  return activityStrands.map((strand) => {
    const mine = activities.filter((a) => a.strand === strand);
    const verified = mine.filter((a) => a.verifiedBy !== null).reduce((s, a) => s + a.hours, 0);
    const all = mine.reduce((s, a) => s + a.hours, 0);
    return { strand, verified, unverified: all - verified };
  });
}

export function ActivitiesSection({
  centreId,
  learnerId,
  locked,
  refresh,
  activities,
}: Omit<SectionProps, 'catalogue'> & { activities: ActivityItem[] }) {
  const client = useTRPCClient();
  const [editing, setEditing] = useState<ActivityItem | 'new' | null>(null);
  const totals = strandTotals(activities);
  const columns: Array<Column<ActivityItem>> = [
    {
      key: 'description',
      header: 'Activity',
      rowHeader: true,
      cell: (a) => (
        <>
          {a.description}
          <span className="cell-secondary">{dates(a)}</span>
        </>
      ),
    },
    { key: 'strand', header: 'Strand', cell: (a) => strandNames[a.strand] },
    { key: 'hours', header: 'Hours', numeric: true, cell: (a) => a.hours },
    {
      key: 'verified',
      header: 'Verified by',
      cell: (a) => (a.verifiedBy ? a.verifiedBy : <Badge tone="warning">Not verified</Badge>),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (a) =>
        locked ? null : (
          <span className="row-actions">
            <Button variant="link" size="small" onClick={() => setEditing(a)}>
              Edit<span className="visually-hidden"> {a.description}</span>
            </Button>
            <DeleteControl
              what={`the activity “${a.description}”`}
              onDelete={() =>
                client.centre.activities.delete.mutate({ centreId, id: a.id, version: a.version })
              }
              onDeleted={refresh}
            />
          </span>
        ),
    },
  ];
  return (
    <section className="card record-section" aria-labelledby="activities-heading">
      <div className="section-header">
        <h2 id="activities-heading">Personal development activities</h2>
        {!locked && editing === null ? (
          <Button variant="secondary" size="small" onClick={() => setEditing('new')}>
            Add an activity
          </Button>
        ) : null}
      </div>
      <dl className="strand-totals" aria-label="Hours per strand">
        {totals.map((t) => (
          <div key={t.strand}>
            <dt>{strandNames[t.strand]}</dt>
            <dd>
              {t.verified} verified hours
              {t.unverified > 0 ? (
                <span className="cell-secondary">{t.unverified} not verified</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {editing !== null ? (
        <ActivityForm
          key={editing === 'new' ? 'new' : editing.id}
          centreId={centreId}
          learnerId={learnerId}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {activities.length === 0 ? (
        <EmptyState title="No activities yet">
          <p>Record hours in Leadership & Service, Creative & Cultural and Physical & Outdoor.</p>
        </EmptyState>
      ) : (
        <Table
          caption="Activities"
          captionHidden
          columns={columns}
          rows={activities}
          rowKey={(a) => a.id}
        />
      )}
    </section>
  );
}
