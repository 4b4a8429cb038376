import { type ReactNode, useId } from 'react';
import type { SortState } from './sorting.ts';

export interface Column<T, K extends string = string> {
  key: K;
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The column can be sorted (the parent sorts the rows in `onSortChange`). */
  sortable?: boolean;
  /** The cell is the row's header (e.g. a name). */
  rowHeader?: boolean;
}

export interface TableProps<T, K extends string = string> {
  caption: ReactNode;
  /** Hide the caption visually but keep it for screen readers. */
  captionHidden?: boolean;
  columns: Array<Column<T, K>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: SortState<K>;
  onSortChange?: (key: K) => void;
}

/** A data table in a keyboard-scrollable region, with optional sortable headers. */
export function Table<T, K extends string = string>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
}: TableProps<T, K>) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={active ? sort?.direction : column.sortable ? 'none' : undefined}
                >
                  {column.sortable && onSortChange ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSortChange(column.key)}
                    >
                      {column.header}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (sort?.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
