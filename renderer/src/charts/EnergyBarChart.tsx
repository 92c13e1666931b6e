/**
 * Energy per bucket (day, month or year) as bars, each with the same bucket of the previous
 * period as a marker line across it: the comparison reads without doubling the bar count.
 */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEnergy, type EnergyUnitPreference } from '../../../shared/format';
import { previousLabel, type ChartDatum, type ChartModel } from '../model/chartModel';
import { axisNumber, TICK, yAxisWidth } from './axis';
import { ChartTooltip, hoveredDatum } from './ChartTooltip';

/** Draws the previous period's value as a short horizontal marker at the bar's position. */
function PreviousMarker(props: { x?: number; y?: number; width?: number; height?: number }) {
  const { x = 0, y = 0, width = 0, height = 0 } = props;
  if (!(height > 0) || !(width > 0)) return null;
  return (
    <line
      x1={x - 2}
      x2={x + width + 2}
      y1={y}
      y2={y}
      stroke="var(--text-3)"
      strokeWidth={2}
      strokeLinecap="round"
    />
  );
}

/** The energy bar chart. */
export function EnergyBarChart({
  model,
  width,
  height,
  unit,
}: {
  model: ChartModel;
  width: number;
  height: number;
  unit: EnergyUnitPreference;
}) {
  const axisMax = Math.max(0, ...model.data.map((d) => Math.max(d.value ?? 0, d.previous ?? 0)));
  const showPrevious = model.hasPrevious && model.range !== 'lifetime';
  return (
    <BarChart
      width={width}
      height={height}
      data={model.data}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      barCategoryGap="22%"
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        xAxisId="main"
        dataKey="tick"
        tick={TICK}
        tickLine={false}
        axisLine={{ stroke: 'var(--border-strong)' }}
        interval="preserveStartEnd"
        minTickGap={8}
      />
      {/* A hidden twin axis lets the previous-period marker sit exactly over its bar. */}
      <XAxis xAxisId="previous" dataKey="tick" hide />
      <YAxis
        tick={TICK}
        tickLine={false}
        axisLine={false}
        width={yAxisWidth(axisMax)}
        tickFormatter={(v: number) => axisNumber(v, axisMax)}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: 'var(--surface-2)', stroke: 'none' }}
        content={({ active, payload }) => {
          const d = hoveredDatum<ChartDatum>(active, payload);
          if (!d || d.rawValue === null) return null;
          return (
            <ChartTooltip
              title={d.tooltipLabel}
              rows={[
                { label: 'Energy', value: formatEnergy(d.rawValue, unit), swatch: 'current' },
                ...(d.rawPrevious === null || !showPrevious
                  ? []
                  : [
                      {
                        label: previousLabel(model.range),
                        value: formatEnergy(d.rawPrevious, unit),
                        swatch: 'previous' as const,
                      },
                    ]),
              ]}
            />
          );
        }}
      />
      <Bar
        xAxisId="main"
        dataKey="value"
        fill="var(--accent)"
        radius={[3, 3, 0, 0]}
        maxBarSize={56}
        isAnimationActive={model.animate}
      />
      {showPrevious && (
        <Bar
          xAxisId="previous"
          dataKey="previous"
          shape={PreviousMarker}
          maxBarSize={56}
          isAnimationActive={false}
        />
      )}
    </BarChart>
  );
}
