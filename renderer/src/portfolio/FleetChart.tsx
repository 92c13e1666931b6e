/**
 * Fleet energy per day for the last 30 days as plain SVG bars (see model/barChartGeometry.ts for
 * why no chart library); every day still running in some site's zone is outlined because it is
 * still growing (see model/fleetChart.ts).
 */
import { useState } from 'react';
import type { Portfolio } from '../../../shared/domain';
import {
  energyScale,
  formatBucketLabel,
  formatEnergy,
  type EnergyUnitPreference,
} from '../../../shared/format';
import { axisNumber, yAxisWidth } from '../charts/axis';
import { ChartTooltip } from '../charts/ChartTooltip';
import { useElementSize } from '../hooks/useElementSize';
import {
  barBoxes,
  labelStride,
  niceTicks,
  roundedTopBar,
  slotAt,
  type Plot,
} from '../model/barChartGeometry';
import { fleetDayLabel, fleetDayLabelPx, isRunningDay } from '../model/fleetChart';
import { t } from '../i18n/t';

const HEIGHT = 220;
const AXIS_LABEL_HEIGHT = 24;

/** The fleet chart. */
export function FleetChart({
  days,
  unit,
  runningFrom,
}: {
  days: Portfolio['fleetDaily'];
  unit: EnergyUnitPreference;
  /** The first date still running in some site's zone (model/fleetChart.ts). */
  runningFrom: string | null;
}) {
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const max = days.reduce((m, d) => Math.max(m, d.wh), 0);
  const scale = energyScale(max, unit);
  const ticks = niceTicks(max / scale.factor);
  const top = ticks.at(-1) ?? 1;
  const left = yAxisWidth(top);
  const plot: Plot = {
    left,
    top: 8,
    width: Math.max(0, width - left - 4),
    height: HEIGHT - 8 - AXIS_LABEL_HEIGHT,
  };
  const bars = barBoxes(
    days.map((d) => d.wh / scale.factor),
    plot,
    top,
  );
  const stride = labelStride(days.length ? plot.width / days.length : 0, fleetDayLabelPx);
  const running = days.map((d) => isRunningDay(d.localDate, runningFrom));
  const last = days.length - 1;
  const hovered = hover === null ? null : days[hover];
  const y = (v: number) => plot.top + plot.height - (v / top) * plot.height;

  return (
    <>
      <div className="chart-legend">
        <span className="chart-unit">{t('fleet.perDay', { unit: scale.unit })}</span>
        <span className="legend-item">
          <span className="swatch swatch-current" aria-hidden="true" />
          {t('fleet.complete')}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-partial" aria-hidden="true" />
          {t('fleet.running')}
        </span>
      </div>
      <div ref={ref} className="chart-frame" style={{ height: HEIGHT }} data-testid="fleet-chart">
        {width > 0 && days.length > 0 && (
          <svg
            width={width}
            height={HEIGHT}
            role="img"
            aria-label={t('fleet.chartLabel', { days: days.length })}
            onMouseMove={(e) => {
              const box = e.currentTarget.getBoundingClientRect();
              setHover(slotAt(e.clientX - box.left, plot, days.length));
            }}
            onMouseLeave={() => setHover(null)}
          >
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={plot.left}
                  x2={plot.left + plot.width}
                  y1={y(tick)}
                  y2={y(tick)}
                  stroke="var(--chart-grid)"
                />
                <text
                  x={plot.left - 8}
                  y={y(tick)}
                  dy="0.32em"
                  textAnchor="end"
                  className="axis-text"
                >
                  {axisNumber(tick, top)}
                </text>
              </g>
            ))}
            {hover !== null && bars[hover] && (
              <rect
                x={bars[hover].center - plot.width / days.length / 2}
                y={plot.top}
                width={plot.width / days.length}
                height={plot.height}
                fill="var(--surface-2)"
              />
            )}
            {bars.map((bar, i) => (
              <path
                key={days[i]!.localDate}
                d={roundedTopBar(bar)}
                fill={running[i] ? 'var(--accent-soft)' : 'var(--accent)'}
                stroke={running[i] ? 'var(--accent)' : undefined}
                data-date={days[i]!.localDate}
                data-running={running[i]}
                data-value={days[i]!.wh}
              />
            ))}
            <line
              x1={plot.left}
              x2={plot.left + plot.width}
              y1={plot.top + plot.height + 0.5}
              y2={plot.top + plot.height + 0.5}
              stroke="var(--border-strong)"
            />
            {bars.map((bar, i) =>
              (last - i) % stride === 0 ? (
                <text
                  key={i}
                  x={bar.center}
                  y={HEIGHT - 6}
                  textAnchor="middle"
                  className="axis-text"
                >
                  {fleetDayLabel(days[i]!.localDate)}
                </text>
              ) : null,
            )}
          </svg>
        )}
        {hovered && hover !== null && bars[hover] && (
          <div
            className="chart-tooltip-anchor"
            style={{
              left: Math.min(bars[hover].center + 12, Math.max(0, width - 200)),
              top: 8,
            }}
          >
            <ChartTooltip
              title={
                running[hover]
                  ? t('fleet.soFar', { date: formatBucketLabel(hovered.localDate, 'month', true) })
                  : formatBucketLabel(hovered.localDate, 'month', true)
              }
              rows={[
                {
                  label: t('fleet.fleet'),
                  value: formatEnergy(hovered.wh, unit),
                  swatch: 'current',
                },
              ]}
            />
          </div>
        )}
      </div>
    </>
  );
}
