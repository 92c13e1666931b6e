/** Fleet energy per day for the last 30 days; today's bar is marked as still growing. */
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { Portfolio } from '../../../shared/domain';
import {
  energyScale,
  formatBucketLabel,
  formatEnergy,
  type EnergyUnitPreference,
} from '../../../shared/format';
import { axisNumber, TICK, yAxisWidth } from '../charts/axis';
import { ChartTooltip, hoveredDatum } from '../charts/ChartTooltip';
import { useElementSize } from '../hooks/useElementSize';

interface FleetDatum {
  date: string;
  tick: string;
  value: number;
  wh: number;
  today: boolean;
}

const HEIGHT = 220;

/** The fleet chart. */
export function FleetChart({
  days,
  unit,
}: {
  days: Portfolio['fleetDaily'];
  unit: EnergyUnitPreference;
}) {
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const max = days.reduce((m, d) => Math.max(m, d.wh), 0);
  const scale = energyScale(max, unit);
  const last = days.at(-1)?.localDate;
  const data: FleetDatum[] = days.map((d) => ({
    date: d.localDate,
    tick: formatBucketLabel(d.localDate, 'month'),
    value: d.wh / scale.factor,
    wh: d.wh,
    today: d.localDate === last,
  }));
  const axisMax = max / scale.factor;

  return (
    <>
      <div className="chart-legend">
        <span className="chart-unit">{scale.unit} per day</span>
        <span className="legend-item">
          <span className="swatch swatch-current" aria-hidden="true" />
          Complete days
        </span>
        <span className="legend-item">
          <span className="swatch swatch-partial" aria-hidden="true" />
          Today so far
        </span>
      </div>
      <div ref={ref} className="chart-frame" style={{ height: HEIGHT }} data-testid="fleet-chart">
        {width > 0 && data.length > 0 && (
          <BarChart
            width={width}
            height={HEIGHT}
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="tick"
              tick={TICK}
              tickLine={false}
              axisLine={{ stroke: 'var(--border-strong)' }}
              interval="preserveStartEnd"
              minTickGap={12}
            />
            <YAxis
              tick={TICK}
              tickLine={false}
              axisLine={false}
              width={yAxisWidth(axisMax)}
              tickFormatter={(v: number) => axisNumber(v, axisMax)}
            />
            <Tooltip
              cursor={{ fill: 'var(--surface-2)' }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const d = hoveredDatum<FleetDatum>(active, payload);
                if (!d) return null;
                return (
                  <ChartTooltip
                    title={`${formatBucketLabel(d.date, 'month', true)}${d.today ? ' (so far)' : ''}`}
                    rows={[{ label: 'Fleet', value: formatEnergy(d.wh, unit), swatch: 'current' }]}
                  />
                );
              }}
            />
            <Bar dataKey="value" radius={[3, 3, 0, 0]} isAnimationActive={false} maxBarSize={28}>
              {data.map((d) => (
                <Cell
                  key={d.date}
                  fill={d.today ? 'var(--accent-soft)' : 'var(--accent)'}
                  stroke={d.today ? 'var(--accent)' : undefined}
                />
              ))}
            </Bar>
          </BarChart>
        )}
      </div>
    </>
  );
}
