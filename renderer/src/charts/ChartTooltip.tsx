/** The tooltip all charts use: bucket heading, this period, previous period when present. */
import type { ReactNode } from 'react';

/** One row of the tooltip. */
export interface TooltipRow {
  label: string;
  value: string;
  swatch: 'current' | 'previous' | 'expected' | 'none';
}

/** Tooltip body; recharts positions it. */
export function ChartTooltip({ title, rows }: { title: ReactNode; rows: TooltipRow[] }) {
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-title">{title}</div>
      {rows.map((row) => (
        <div key={row.label} className="chart-tooltip-row">
          <span
            className={row.swatch === 'none' ? 'swatch' : `swatch swatch-${row.swatch}`}
            aria-hidden="true"
          />
          <span className="chart-tooltip-label">{row.label}</span>
          <span className="num">{row.value}</span>
        </div>
      ))}
    </div>
  );
}

/** The first payload's data object, which is how recharts hands a hovered point to content. */
export function hoveredDatum<T>(active: boolean | undefined, payload: unknown): T | null {
  if (!active || !Array.isArray(payload) || payload.length === 0) return null;
  const first: unknown = payload[0];
  if (typeof first !== 'object' || first === null || !('payload' in first)) return null;
  return (first as { payload: T }).payload;
}
