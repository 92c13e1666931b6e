/** On a site's page: what the shown period saved, and the site's own prices and emission factor. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { SiteSeries } from '../../../shared/domain';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { draftOf } from '../model/ratesForm';
import { RatesForm } from './RatesForm';
import { useEconomicValue, useEconomics } from './useEconomics';
import { ValueLine } from './ValueLine';
import { t } from '../i18n/t';

/** Savings and CO2 of the period the chart shows (up to the site's today). */
export function SeriesValue({
  siteId,
  series,
  today,
  version,
}: {
  siteId: string;
  series: SiteSeries;
  today: string;
  version: string;
}) {
  const to = series.to < today ? series.to : today;
  const value = useEconomicValue([siteId], series.from, to, version);
  return <ValueLine value={value.value ?? value.lastValue} testId="site-value" />;
}

/** The card with this site's own values; blank fields follow the fleet default. */
export function SiteEconomicsCard({
  siteId,
  country,
  onSaved,
}: {
  siteId: string;
  country: string;
  onSaved: () => void;
}) {
  const economics = useEconomics();
  const [error, setError] = useState<IpcError | null>(null);
  const view = economics.lastValue;
  if (!view) return null;
  const own = view.settings.sites[siteId] ?? {};
  const upper = country.toUpperCase();
  const countryFactor =
    view.settings.emissionFactors[upper] ??
    view.table.find((row) => row.country === upper)?.kgPerKwh ??
    view.worldAverageKgPerKwh;
  const placeholders = {
    ...draftOf(view.settings.fleet),
    factor: String(countryFactor),
  };
  return (
    <section className="card" data-testid="site-economics">
      <div className="card-header">
        <h2>{t('econ.title')}</h2>
        <span className="hint">{t('econ.siteHint')}</span>
      </div>
      {error && <ErrorNotice error={error} title={t('econ.notSaved')} />}
      <div className="settings-list">
        <RatesForm
          stored={own}
          currency={view.currency}
          required={[]}
          placeholders={placeholders}
          withFactor
          testId="site-rates"
          save={async (override) => {
            const result = await settle(() => enalysis().economics.setSite({ siteId, override }));
            setError(result.ok ? null : result.error);
            if (result.ok) {
              economics.reload();
              onSaved();
            }
            return result;
          }}
        />
      </div>
    </section>
  );
}
