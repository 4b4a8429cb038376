import {
  Badge,
  type CentreSummary,
  type Column,
  formatCount,
  nextSort,
  type SortState,
  sortRows,
  Table,
} from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { type AccreditationStatus, statusLabels, statusTones } from './accreditationLabels.ts';
import { kindLabels } from './centresSearch.ts';

type SortKey = 'name' | 'urn' | 'kind' | 'town' | 'learners' | 'staff';

const sortValue: Record<SortKey, (centre: CentreSummary) => unknown> = {
  name: (c) => c.name,
  urn: (c) => c.urn,
  kind: (c) => kindLabels[c.kind],
  town: (c) => c.town,
  learners: (c) => c.learnerCount,
  staff: (c) => c.staffCount,
};

const baseColumns: Array<Column<CentreSummary, SortKey | 'accreditation'>> = [
  {
    key: 'name',
    header: 'Name',
    cell: (c) => (
      <Link to="/centres/$centreId" params={{ centreId: c.id }}>
        {c.name}
      </Link>
    ),
    sortable: true,
    rowHeader: true,
  },
  { key: 'urn', header: 'URN', cell: (c) => <span className="mono">{c.urn}</span>, sortable: true },
  { key: 'kind', header: 'Kind', cell: (c) => kindLabels[c.kind], sortable: true },
  {
    key: 'town',
    header: 'Town',
    cell: (c) => c.town ?? <span className="muted">Not recorded</span>,
    sortable: true,
  },
  {
    key: 'learners',
    header: 'Learners',
    cell: (c) => formatCount(c.learnerCount),
    numeric: true,
    sortable: true,
  },
  {
    key: 'staff',
    header: 'Staff',
    cell: (c) => formatCount(c.staffCount),
    numeric: true,
    sortable: true,
  },
];

/** The trust's centres, sortable by any column (names A to Z at first), with accreditation. */
export function CentresTable({
  centres,
  caption,
  accreditation,
}: {
  centres: CentreSummary[];
  caption: string;
  /** Each centre's accreditation status, once loaded. */
  accreditation?: ReadonlyMap<string, AccreditationStatus> | undefined;
}) {
  const columns = useMemo(
    () => [
      ...baseColumns,
      {
        key: 'accreditation' as const,
        header: 'Accreditation',
        cell: (c: CentreSummary) => {
          const status = accreditation?.get(c.id);
          return status ? (
            <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>
          ) : (
            <span className="muted">…</span>
          );
        },
      },
    ],
    [accreditation],
  );
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortRows(centres, sortValue[sort.key], sort.direction),
    [centres, sort],
  );
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      sort={sort}
      onSortChange={(key) =>
        key !== 'accreditation' && setSort((current) => nextSort(current, key))
      }
    />
  );
}
