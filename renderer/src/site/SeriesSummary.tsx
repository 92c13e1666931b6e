/** The period's total and how it compares with the previous period ("vs previous week +12 %"). */
import type { SiteSeries } from '../../../shared/domain';
import { comparisonFor } from '../model/comparison';
import {
  changeRatio,
  energyParts,
  formatChange,
  formatEnergy,
  type EnergyUnitPreference,
} from '../../../shared/format';

/** Total and change for the shown series; `today` is the site's local date. */
export function SeriesSummary({
  series,
  today,
  unit,
}: {
  series: SiteSeries;
  today: string;
  unit: EnergyUnitPreference;
}) {
  const total = energyParts(series.totalWh, unit);
  const comparison = comparisonFor(series, today);
  const change = formatChange(series.totalWh, comparison.previousWh);
  const ratio = changeRatio(series.totalWh, comparison.previousWh);
  const tone =
    ratio === null || Math.round(ratio * 100) === 0 ? '' : ratio > 0 ? 'change-up' : 'change-down';
  return (
    <div className="series-summary">
      <div className="series-total" data-testid="series-total" data-value={series.totalWh}>
        <span className="series-total-label">
          {series.range === 'lifetime' ? 'Lifetime total' : 'Total'}
        </span>
        <span className="series-total-value num">
          {total.value} <span className="kpi-unit">{total.unit}</span>
        </span>
      </div>
      {series.range !== 'lifetime' && (
        <div
          className="series-change"
          data-testid="series-change"
          data-previous={comparison.previousWh ?? ''}
        >
          {change === null ? (
            <span className="muted">No {comparison.label} to compare with</span>
          ) : (
            <>
              <span className="muted">vs {comparison.label} </span>
              <strong className={`num ${tone}`}>{change}</strong>
              <span className="muted num"> ({formatEnergy(comparison.previousWh ?? 0, unit)})</span>
            </>
          )}
        </div>
      )}
    </div>
  );
}
