import type { ReactNode } from 'react';
import {
  Bar,
  CartesianGrid,
  LabelList,
  BarChart as RechartsBarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../format/format.ts';

export interface FigureBar {
  label: string;
  value: number;
  /** Shown beside the value in the data table, e.g. "42%". */
  note?: string;
}

export interface FigureBarChartProps {
  /** What the chart shows; the figure's caption and the table's caption. */
  title: string;
  /** The measure, e.g. "Learners": the table's value column heading. */
  valueLabel: string;
  data: readonly FigureBar[];
  /** A sentence under the chart, e.g. what the bars count. */
  description?: ReactNode;
  /** Show the data table to everyone, not only to screen readers. */
  showTable?: boolean;
  /** Bars standing up (the default), or lying along rows: better for long labels. */
  bars?: 'columns' | 'rows';
  height?: number;
}

/**
 * A bar chart that carries its own numbers: the drawing (values printed on the bars) is hidden
 * from assistive technology, and the same figures are in a table, visually hidden unless
 * `showTable`, so a screen reader user reads exactly what a sighted user sees.
 */
export function FigureBarChart({
  title,
  valueLabel,
  data,
  description,
  showTable,
  bars = 'columns',
  height = 240,
}: FigureBarChartProps) {
  const rows = bars === 'rows';
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart-title">{title}</figcaption>
      <div className="bar-chart-drawing" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <RechartsBarChart
            data={data.map((d) => ({ ...d }))}
            layout={rows ? 'vertical' : 'horizontal'}
            margin={{ top: 24, right: rows ? 32 : 8, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={rows} horizontal={!rows} />
            {rows ? (
              <>
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={150} tickLine={false} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tickLine={false} interval={0} />
                <YAxis allowDecimals={false} width={40} />
              </>
            )}
            <Bar dataKey="value" className="bar-chart-bar" isAnimationActive={false}>
              <LabelList dataKey="value" position={rows ? 'right' : 'top'} />
            </Bar>
          </RechartsBarChart>
        </ResponsiveContainer>
      </div>
      {description ? <p className="bar-chart-description">{description}</p> : null}
      <table className={showTable ? 'table' : 'visually-hidden'}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              {valueLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td className="num">
                {formatCount(d.value)}
                {d.note ? ` (${d.note})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
