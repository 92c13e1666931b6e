/**
 * A day's power curve (area) with the previous day as a faint dashed line and the clear-sky
 * expectation as a dotted one, on a time axis.
 */
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPower, type EnergyUnitPreference } from '../../../shared/format';
import { localTimeOf } from '../../../shared/time';
import { previousLabel, type ChartDatum, type ChartModel } from '../model/chartModel';
import { axisNumber, TICK, yAxisWidth } from './axis';
import { ChartTooltip, hoveredDatum } from './ChartTooltip';
import { alertMarkerLines } from './AlertMarkers';
import type { ChartMarker } from '../model/chartMarkers';
import { t } from '../i18n/t';

/** Every `hours` from the day's start to its end (local midnight to midnight). */
function hourTicks(dayStart: number, dayEnd: number, hours: number): number[] {
  const ticks: number[] = [];
  for (let t = dayStart; t <= dayEnd; t += hours * 3600) ticks.push(t);
  return ticks;
}

/** The day chart. `dayStart`/`dayEnd` are the local day's bounds in epoch seconds. */
export function PowerAreaChart({
  model,
  width,
  height,
  dayStart,
  dayEnd,
  timeZone,
  unit,
  markers = [],
}: {
  model: ChartModel;
  width: number;
  height: number;
  dayStart: number;
  dayEnd: number;
  timeZone: string;
  unit: EnergyUnitPreference;
  markers?: readonly ChartMarker[];
}) {
  const axisMax =
    model.emptyAxisMax ??
    Math.max(0, ...model.data.map((d) => Math.max(d.value ?? 0, d.previous ?? 0, d.expected ?? 0)));
  const ticks = hourTicks(dayStart, dayEnd, width < 700 ? 6 : 3);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={model.data}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
    >
      <defs>
        <linearGradient id="power-fill" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor="var(--accent)" stopOpacity={0.35} />
          <stop offset="100%" stopColor="var(--accent)" stopOpacity={0.04} />
        </linearGradient>
      </defs>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[dayStart, dayEnd]}
        ticks={ticks}
        tickFormatter={(t: number) => (t >= dayEnd ? '24:00' : localTimeOf(t, timeZone))}
        tick={TICK}
        tickLine={false}
        axisLine={{ stroke: 'var(--border-strong)' }}
      />
      <YAxis
        domain={[0, model.emptyAxisMax ?? 'auto']}
        tick={TICK}
        tickLine={false}
        axisLine={false}
        width={yAxisWidth(axisMax)}
        tickFormatter={(v: number) => axisNumber(v, axisMax)}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ stroke: 'var(--border-strong)' }}
        content={({ active, payload }) => {
          const d = hoveredDatum<ChartDatum>(active, payload);
          if (!d || d.rawValue === null) return null;
          return (
            <ChartTooltip
              title={d.tooltipLabel}
              rows={[
                { label: t('site.power'), value: formatPower(d.rawValue, unit), swatch: 'current' },
                ...(d.rawPrevious === null
                  ? []
                  : [
                      {
                        label: previousLabel('day'),
                        value: formatPower(d.rawPrevious, unit),
                        swatch: 'previous' as const,
                      },
                    ]),
                ...(d.rawExpected === null
                  ? []
                  : [
                      {
                        label: t('site.expected'),
                        value: formatPower(d.rawExpected, unit),
                        swatch: 'expected' as const,
                      },
                    ]),
              ]}
            />
          );
        }}
      />
      <Area
        dataKey="value"
        type="monotone"
        stroke="var(--accent)"
        strokeWidth={2}
        fill="url(#power-fill)"
        dot={false}
        activeDot={{ r: 3, stroke: 'var(--surface)', strokeWidth: 2, fill: 'var(--accent)' }}
        isAnimationActive={model.animate}
      />
      {model.hasPrevious && (
        <Line
          dataKey="previous"
          stroke="var(--chart-previous)"
          strokeWidth={1.5}
          strokeDasharray="4 4"
          dot={false}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={model.animate}
        />
      )}
      {model.hasExpected && (
        <Line
          dataKey="expected"
          className="expected-line"
          stroke="var(--chart-expected)"
          strokeWidth={1.5}
          strokeDasharray="1 3"
          strokeLinecap="round"
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
      {alertMarkerLines(markers, 't')}
    </ComposedChart>
  );
}
