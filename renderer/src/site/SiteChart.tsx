/** The site chart: sized to its box, reduced to its pixels, a power curve or energy bars. */
import { useMemo } from 'react';
import type { SiteSeries } from '../../../shared/domain';
import type { EnergyUnitPreference } from '../../../shared/format';
import { endOfLocalDay, startOfLocalDay } from '../../../shared/time';
import { EnergyBarChart } from '../charts/EnergyBarChart';
import { PowerAreaChart } from '../charts/PowerAreaChart';
import { useElementWidth } from '../hooks/useElementWidth';
import { usePerformanceMark } from '../hooks/usePerformanceMark';
import { buildChartModel, previousLabel } from '../model/chartModel';

/** The chart; `series` may be a previous answer while the next loads (`pending`). */
export function SiteChart({
  series,
  timeZone,
  unit,
  pending,
  height = 320,
}: {
  series: SiteSeries;
  timeZone: string;
  unit: EnergyUnitPreference;
  pending: boolean;
  height?: number;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const model = useMemo(() => buildChartModel(series, width, unit), [series, width, unit]);
  const drawn = width > 0 && model.shownPoints > 0;
  usePerformanceMark('enalysis:site-chart-ready', drawn);

  const showPrevious = model.hasPrevious && model.range !== 'lifetime';
  return (
    <div
      className={`site-chart${pending ? ' pending' : ''}`}
      data-testid="site-chart"
      data-range={series.range}
      data-anchor={series.anchor}
      data-unit={series.unit}
      data-points={model.shownPoints}
      data-source-points={model.sourcePoints}
      data-animated={model.animate}
      aria-busy={pending}
    >
      <div className="chart-legend">
        <span className="chart-unit">{model.scale.unit}</span>
        <span className="legend-item">
          <span className="swatch swatch-current" aria-hidden="true" />
          {series.range === 'day' ? 'Power' : 'Energy'}
        </span>
        {showPrevious && (
          <span className="legend-item">
            <span className={`swatch swatch-previous ${model.kind}`} aria-hidden="true" />
            {previousLabel(series.range)}
          </span>
        )}
        {model.shownPoints < model.sourcePoints && (
          <span className="legend-note num">
            {model.shownPoints} of {model.sourcePoints} points shown
          </span>
        )}
      </div>
      <div ref={ref} className="chart-frame" style={{ height }}>
        {drawn && model.kind === 'area' && (
          <PowerAreaChart
            model={model}
            width={width}
            height={height}
            dayStart={startOfLocalDay(series.from, timeZone)}
            dayEnd={endOfLocalDay(series.to, timeZone)}
            timeZone={timeZone}
            unit={unit}
          />
        )}
        {drawn && model.kind === 'bars' && (
          <EnergyBarChart model={model} width={width} height={height} unit={unit} />
        )}
        {width > 0 && model.shownPoints === 0 && (
          <div className="chart-empty">No data for this period.</div>
        )}
      </div>
    </div>
  );
}
