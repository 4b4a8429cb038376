import { useId } from 'react';
import {
  Bar,
  CartesianGrid,
  Legend,
  BarChart as RechartsBarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Series colours, each at least 3:1 against white (WCAG 2.2 non-text contrast). */
export const SERIES_COLOURS = ['#1f4e79', '#b35c00', '#05603a', '#7a2e8f', '#4a5361', '#b42318'];

export interface BarSeries {
  key: string;
  name: string;
}

export interface GroupedBarChartProps {
  /** Shown as the figure's caption and names it for assistive technology. */
  title: string;
  /** One row per category: `label` on the axis, then a number (or null for no data) per series key. */
  data: ReadonlyArray<{ label: string } & Record<string, number | string | null>>;
  series: readonly BarSeries[];
  /** How a value is written on the axis and in the tooltip (e.g. as a percentage). */
  formatValue?: (value: number) => string;
  height?: number;
  /** Bars across the page (categories down the side), for long category names. */
  horizontal?: boolean;
}

/**
 * A bar chart that is a picture of a table: the SVG is hidden from screen readers, and the
 * caption says where the same figures are, so the page must show them in a table beside it.
 */
export function GroupedBarChart({
  title,
  data,
  series,
  formatValue = String,
  height = 280,
  horizontal = false,
}: GroupedBarChartProps) {
  const captionId = useId();
  const rows = data.map((d) => ({ ...d }));
  const tick = (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value));
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {title}
        <span className="visually-hidden">
          {' '}
          (chart; the same figures are in the table that follows)
        </span>
      </figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          <RechartsBarChart
            accessibilityLayer={false}
            data={rows}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 96 : 8 }}
          >
            <CartesianGrid stroke="#d5dae1" strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <XAxis type="number" tickFormatter={tick} stroke="#4a5361" />
                <YAxis type="category" dataKey="label" stroke="#4a5361" width={120} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" stroke="#4a5361" interval={0} />
                <YAxis tickFormatter={tick} stroke="#4a5361" />
              </>
            )}
            <Tooltip formatter={(value) => tick(value)} />
            {series.length > 1 ? <Legend itemSorter={null} /> : null}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </RechartsBarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
