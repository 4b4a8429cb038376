import { Table } from '@bacc/ui';
import { Link } from '@tanstack/react-router';

interface Figure {
  id: string;
  name: string;
  count: number;
  percent: number;
}

/** Head counts with their share of the cohort, each count a link to the learners it counts. */
export function FigureTable({
  caption,
  figures,
  year,
  filter,
}: {
  caption: string;
  figures: Figure[];
  year: number;
  filter: 'tier' | 'pathway';
}) {
  return (
    <Table
      caption={caption}
      rows={figures}
      rowKey={(f) => f.id}
      columns={[
        {
          key: 'name',
          header: filter === 'tier' ? 'Tier' : 'Pathway',
          cell: (f) => f.name,
          rowHeader: true,
        },
        {
          key: 'count',
          header: 'Learners',
          numeric: true,
          cell: (f) => (
            <Link to="/" search={{ year, [filter]: f.id }}>
              {f.count}
              <span className="visually-hidden"> learners: {f.name}</span>
            </Link>
          ),
        },
        { key: 'percent', header: 'Share', numeric: true, cell: (f) => `${f.percent}%` },
      ]}
    />
  );
}

interface ComponentFigure {
  id: string;
  name: string;
  missing: number;
  met: number;
  percentMet: number;
}

export function ComponentTable({
  components,
  year,
}: {
  components: ComponentFigure[];
  year: number;
}) {
  return (
    <Table
      caption="Components: met, or still needed for the next tier"
      rows={components}
      rowKey={(c) => c.id}
      columns={[
        { key: 'name', header: 'Component', cell: (c) => c.name, rowHeader: true },
        { key: 'met', header: 'Met', numeric: true, cell: (c) => c.met },
        { key: 'percent', header: 'Share met', numeric: true, cell: (c) => `${c.percentMet}%` },
        {
          key: 'missing',
          header: 'Still needed by',
          numeric: true,
          cell: (c) => (
            <Link to="/" search={{ year, missing: c.id }}>
              {c.missing}
              <span className="visually-hidden"> learners still need {c.name}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
