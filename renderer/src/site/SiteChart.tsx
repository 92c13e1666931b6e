/** The site chart: sized to its box, reduced to its pixels, a power curve or energy bars. */
import { Suspense, useMemo, useRef } from 'react';
import type { SiteSeries } from '../../../shared/domain';
import type { EnergyUnitPreference } from '../../../shared/format';
import { endOfLocalDay, startOfLocalDay } from '../../../shared/time';
import { LazyEnergyBarChart, LazyPowerAreaChart } from '../charts/lazyCharts';
import { useElementSize } from '../hooks/useElementSize';
import { useReducedMotion } from '../hooks/useReducedMotion';
import { useDrawnMark } from '../hooks/usePerformanceMark';
import { buildChartModel, previousLabel } from '../model/chartModel';
import { Skeleton } from '../common/Skeleton';
import { chartMarkers } from '../model/chartMarkers';
import { ChartMarkerList } from '../charts/AlertMarkers';
import type { Alert } from '../../../shared/alerts';
import { formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';

/** What recharts draws once a series is on screen (bars, or the area under a power curve). */
const DRAWN_DATA = '.recharts-bar-rectangle, .recharts-area-area, .recharts-area-curve';

/** The chart; `series` may be a previous answer while the next loads (`pending`). */
export function SiteChart({
  series,
  timeZone,
  unit,
  pending,
  height = 320,
  capacityW = 0,
  alerts = [],
}: {
  series: SiteSeries;
  timeZone: string;
  /** The site's capacity: picks the power unit and tops an empty (night) day's axis. */
  capacityW?: number;
  unit: EnergyUnitPreference;
  pending: boolean;
  height?: number;
  /** The site's alerts: where one began or ended in the shown period gets a marker. */
  alerts?: readonly Alert[];
}) {
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const reducedMotion = useReducedMotion();
  const model = useMemo(() => {
    const built = buildChartModel(series, width, unit, capacityW);
    // Bars sliding to new places after a resize read as wrong numbers to some people.
    return reducedMotion ? { ...built, animate: false } : built;
  }, [series, width, unit, capacityW, reducedMotion]);
  const markers = useMemo(
    () => chartMarkers(alerts, series.range, series.from, series.to, timeZone),
    [alerts, series.range, series.from, series.to, timeZone],
  );
  const drawn = width > 0 && model.shownPoints > 0;
  const root = useRef<HTMLDivElement>(null);
  useDrawnMark('enalysis:site-chart-ready', root, DRAWN_DATA, drawn);

  const showPrevious = model.hasPrevious && model.range !== 'lifetime';
  return (
    <div
      ref={root}
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
          {series.range === 'day' ? t('site.power') : t('site.energy')}
        </span>
        {showPrevious && (
          <span className="legend-item">
            <span className={`swatch swatch-previous ${model.kind}`} aria-hidden="true" />
            {previousLabel(series.range)}
          </span>
        )}
        {model.hasExpected && model.kind === 'area' && (
          <span className="legend-item" data-testid="legend-expected">
            <span className="swatch swatch-expected" aria-hidden="true" />
            {t('site.expected')}
          </span>
        )}
        {model.hasExpected && model.kind === 'bars' && (
          <span className="legend-item" data-testid="legend-expected">
            {t('site.expectedPercent')}
          </span>
        )}
        {markers.length > 0 && (
          <span className="legend-item" aria-hidden="true">
            {t('site.markersLegend')}
          </span>
        )}
        {model.shownPoints < model.sourcePoints && (
          <span className="legend-note num">
            {t('site.pointsShown', {
              shown: formatNumber(model.shownPoints, 0),
              total: formatNumber(model.sourcePoints, 0),
            })}
          </span>
        )}
      </div>
      <div ref={ref} className="chart-frame" style={{ height }}>
        <Suspense fallback={<Skeleton height={height} />}>
          {drawn && model.kind === 'area' && (
            <LazyPowerAreaChart
              model={model}
              width={width}
              height={height}
              dayStart={startOfLocalDay(series.from, timeZone)}
              dayEnd={endOfLocalDay(series.to, timeZone)}
              timeZone={timeZone}
              unit={unit}
              markers={markers}
            />
          )}
          {drawn && model.kind === 'bars' && (
            <LazyEnergyBarChart
              model={model}
              width={width}
              height={height}
              unit={unit}
              markers={markers}
            />
          )}
        </Suspense>
        {width > 0 && model.shownPoints === 0 && (
          <div className="chart-empty">{t('site.noData')}</div>
        )}
      </div>
      <ChartMarkerList markers={markers} />
    </div>
  );
}

/**
 * The chart block while its first series loads: the same summary line, legend and frame
 * (same classes, same heights), so nothing moves when the data arrives.
 */
export function SiteChartSkeleton({ height = 320 }: { height?: number }) {
  return (
    <div aria-busy="true">
      <div className="series-summary">
        <div className="series-total">
          <span className="series-total-label">{t('site.total')}</span>
          <span className="series-total-value num">
            <Skeleton width={120} height={20} style={{ display: 'inline-block' }} />
          </span>
        </div>
      </div>
      <div className="chart-legend">
        <Skeleton width={180} height={12} />
      </div>
      <Skeleton height={height} />
    </div>
  );
}
