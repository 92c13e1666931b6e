/**
 * Energy per bucket (day, month or year) as bars, each with the same bucket of the previous
 * period as a marker line across it: the comparison reads without doubling the bar count.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatEnergy, formatNumber, type EnergyUnitPreference } from '../../../shared/format';
import { previousLabel, type ChartDatum, type ChartModel } from '../model/chartModel';
import { axisNumber, TICK, yAxisWidth } from './axis';
import { ChartTooltip, hoveredDatum } from './ChartTooltip';
import { alertMarkerLines } from './AlertMarkers';
import type { ChartMarker } from '../model/chartMarkers';
import { LOW_INDEX } from '../model/vsExpected';
import { t } from '../i18n/t';

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

/** Bars narrower than this get no index label (a month's 31 bars): the tooltip has it. */
const MIN_LABELLED_BAR_PX = 28;

/** A day's performance index as a small percentage above its bar (low ones emphasised). */
function IndexLabel(props: { x?: unknown; y?: unknown; width?: unknown; value?: unknown }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const width = Number(props.width ?? 0);
  if (typeof props.value !== 'number' || width < MIN_LABELLED_BAR_PX) return null;
  const percent = Math.round(props.value * 100);
  return (
    <text
      x={x + width / 2}
      y={y - 4}
      textAnchor="middle"
      className={`bar-index${props.value < LOW_INDEX ? ' low' : ''}`}
      data-testid="bar-index"
      data-value={props.value}
    >
      {percent} %
    </text>
  );
}

/** The energy bar chart. */
export function EnergyBarChart({
  model,
  width,
  height,
  unit,
  markers = [],
}: {
  model: ChartModel;
  width: number;
  height: number;
  unit: EnergyUnitPreference;
  markers?: readonly ChartMarker[];
}) {
  const axisMax = Math.max(0, ...model.data.map((d) => Math.max(d.value ?? 0, d.previous ?? 0)));
  // Headroom for the index labels above the tallest bar.
  const top = model.hasExpected ? 20 : 8;
  const showPrevious = model.hasPrevious && model.range !== 'lifetime';
  return (
    <BarChart
      width={width}
      height={height}
      data={model.data}
      margin={{ top, right: 12, bottom: 0, left: 0 }}
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
                {
                  label: t('site.energy'),
                  value: formatEnergy(d.rawValue, unit),
                  swatch: 'current',
                },
                ...(d.rawPrevious === null || !showPrevious
                  ? []
                  : [
                      {
                        label: previousLabel(model.range),
                        value: formatEnergy(d.rawPrevious, unit),
                        swatch: 'previous' as const,
                      },
                    ]),
                ...(d.index === null
                  ? []
                  : [
                      {
                        label: t('chart.ofExpected'),
                        value: `${formatNumber(Math.round(d.index * 100), 0)} %`,
                        swatch: 'none' as const,
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
      >
        {model.hasExpected && <LabelList dataKey="index" content={IndexLabel} />}
      </Bar>
      {showPrevious && (
        <Bar
          xAxisId="previous"
          dataKey="previous"
          shape={PreviousMarker}
          maxBarSize={56}
          isAnimationActive={false}
        />
      )}
      {alertMarkerLines(markers, 'tick', 'main')}
    </BarChart>
  );
}
