/** The period's total and how it compares with the previous period ("vs 8 – 14 Jun +12 %"). */
import type { SiteSeries } from '../../../shared/domain';
import { comparisonFor } from '../model/comparison';
import { energyParts, formatEnergy, type EnergyUnitPreference } from '../../../shared/format';
import { t } from '../i18n/t';

const TONE_CLASS = { up: 'change-up', down: 'change-down', neutral: '' } as const;

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
  const { currentWh, previousWh } = comparison;
  return (
    <div className="series-summary">
      <div className="series-total" data-testid="series-total" data-value={series.totalWh}>
        <span className="series-total-label">
          {series.range === 'lifetime' ? t('site.totalLifetime') : t('site.total')}
        </span>
        <span className="series-total-value num">
          {total.value} <span className="kpi-unit">{total.unit}</span>
        </span>
      </div>
      {series.range !== 'lifetime' && (
        <div
          className="series-change"
          data-testid="series-change"
          data-previous={previousWh ?? ''}
          data-current={currentWh ?? ''}
          data-tone={comparison.tone}
        >
          <span className="muted">{comparison.label} </span>
          {comparison.change !== null && (
            <strong className={`num ${TONE_CLASS[comparison.tone]}`}>{comparison.change}</strong>
          )}
          {currentWh !== null && previousWh !== null && (
            <span className="muted num">
              {' '}
              {t('site.against', {
                current: formatEnergy(currentWh, unit),
                previous: formatEnergy(previousWh, unit),
              })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
