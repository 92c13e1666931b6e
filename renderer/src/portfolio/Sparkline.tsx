/**
 * Today's hourly power as a tiny inline SVG: 100 sites draw in a few milliseconds, which a chart
 * library per row would not. Scaled to the site's capacity so rows compare by performance.
 */
import { memo } from 'react';
import { SPARKLINE, sparklinePoints } from '../model/sparkline';

/** The sparkline; `capacityW` is the top of its scale. */
export const Sparkline = memo(function Sparkline({
  values,
  capacityW,
}: {
  values: readonly number[];
  capacityW: number;
}) {
  const { width, height, pad } = SPARKLINE;
  const points = sparklinePoints(values, capacityW);
  const base = height - pad;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <line x1={pad} x2={width - pad} y1={base + 0.5} y2={base + 0.5} stroke="var(--chart-grid)" />
      {points && (
        <>
          <polygon
            points={`${pad},${base} ${points} ${width - pad},${base}`}
            fill="var(--accent-soft)"
          />
          <polyline
            points={points}
            fill="none"
            stroke="var(--accent)"
            strokeWidth={1.5}
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  );
});
