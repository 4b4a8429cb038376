import { Button, type Column, Table } from '@bacc/ui';
import type { ReactNode } from 'react';
import { csvFileName, downloadCsv, toCsv } from './csv.ts';

export interface FigureColumn<T> {
  key: string;
  header: string;
  /** The value written to the CSV; the table shows it too unless `display` is given. */
  value: (row: T) => string | number | null;
  display?: (row: T) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
}

export interface FigureTableProps<T> {
  caption: string;
  columns: ReadonlyArray<FigureColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
}

/** A table of figures with a button that downloads exactly those rows and columns as CSV. */
export function FigureTable<T>({ caption, columns, rows, rowKey }: FigureTableProps<T>) {
  const tableColumns: Array<Column<T>> = columns.map((c) => ({
    key: c.key,
    header: c.header,
    numeric: c.numeric,
    rowHeader: c.rowHeader,
    cell: (row) => c.display?.(row) ?? c.value(row) ?? <span className="muted">–</span>,
  }));
  const download = () =>
    downloadCsv(
      csvFileName(caption),
      toCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => c.value(row))),
      ),
    );
  return (
    <div className="stack">
      <Table caption={caption} columns={tableColumns} rows={rows} rowKey={rowKey} />
      <div>
        <Button variant="secondary" size="small" onClick={download}>
          Download CSV<span className="visually-hidden">: {caption}</span>
        </Button>
      </div>
    </div>
  );
}
