/** Settings → Money and CO2: currency, the fleet's default prices, and grid factors per country. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { EconomicsView } from '../../../shared/economics';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { parseDecimal } from '../model/ratesForm';
import { Field } from '../settings/Field';
import { usePortfolio } from '../state/portfolioContext';
import { RatesForm } from './RatesForm';
import { useEconomics } from './useEconomics';
import { formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';

type Update = Parameters<ReturnType<typeof enalysis>['economics']['update']>[0];

/** The section; shows nothing until the settings have loaded. */
export function EconomicsSettings() {
  const economics = useEconomics();
  const [error, setError] = useState<IpcError | null>(null);
  const view = economics.lastValue;
  const update = async (patch: Update) => {
    const result = await settle(() => enalysis().economics.update(patch));
    setError(result.ok ? null : result.error);
    if (result.ok) economics.reload();
    return result;
  };
  if (!view) return economics.error ? <ErrorNotice error={economics.error} /> : null;
  return (
    <section className="card" data-testid="economics-settings">
      <div className="card-header">
        <h2>{t('econ.title')}</h2>
        <span className="hint">{t('econ.fleetHint')}</span>
      </div>
      {error && <ErrorNotice error={error} title={t('settings.notSaved')} />}
      <div className="settings-list">
        <CurrencyField view={view} update={update} />
        <RatesForm
          stored={view.settings.fleet}
          currency={view.currency}
          required={['price', 'feedIn', 'sharePercent']}
          withFactor={false}
          testId="fleet-rates"
          save={(value) =>
            update({
              fleet: {
                electricityPrice: value.electricityPrice ?? 0,
                feedInPrice: value.feedInPrice ?? 0,
                selfConsumptionShare: value.selfConsumptionShare ?? 1,
              },
            })
          }
        />
        <CountryFactors view={view} update={update} />
      </div>
    </section>
  );
}

function CurrencyField({
  view,
  update,
}: {
  view: EconomicsView;
  update: (patch: Update) => Promise<unknown>;
}) {
  const [text, setText] = useState<string | null>(null);
  const value = text ?? view.settings.currency ?? '';
  const cleaned = value.trim().toUpperCase();
  const valid = cleaned === '' || /^[A-Z]{3}$/.test(cleaned);
  return (
    <Field
      label={t('econ.currency')}
      hint={t('econ.currencyHint')}
      htmlFor="currency"
      message={valid ? null : t('econ.currencyInvalid')}
    >
      <span className="input-with-unit">
        <input
          id="currency"
          className="input"
          value={value}
          maxLength={3}
          placeholder={view.currency}
          data-testid="setting-currency"
          onChange={(e) => setText(e.target.value)}
          onBlur={() => {
            if (!valid || text === null) return;
            void update({ currency: cleaned === '' ? null : cleaned }).then(() => setText(null));
          }}
        />
      </span>
    </Field>
  );
}

function CountryFactors({
  view,
  update,
}: {
  view: EconomicsView;
  update: (patch: Update) => Promise<unknown>;
}) {
  const portfolio = usePortfolio().lastValue;
  const countries = [...new Set(portfolio?.rows.map((r) => r.site.country.toUpperCase()) ?? [])]
    .filter((c) => /^[A-Z]{2}$/.test(c))
    .sort();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const tableOf = (country: string) =>
    view.table.find((row) => row.country === country)?.kgPerKwh ?? null;
  const save = () => {
    const next = { ...view.settings.emissionFactors };
    for (const [country, text] of Object.entries(drafts)) {
      const parsed = parseDecimal(text, 'factor');
      if (!parsed.ok) {
        setMessage(t('econ.countryMessage', { country, message: parsed.message }));
        return;
      }
      if (parsed.value === undefined) delete next[country];
      else next[country] = parsed.value;
    }
    setMessage(null);
    void update({ emissionFactors: next }).then(() => setDrafts({}));
  };
  if (countries.length === 0) return null;
  return (
    <Field
      label={t('econ.factors')}
      hint={t('econ.factorsHint', { source: view.tableSource })}
      message={message}
    >
      <div className="factor-list">
        {countries.map((country) => {
          const fallback = tableOf(country) ?? view.worldAverageKgPerKwh;
          return (
            <label key={country} className="factor-row">
              <span className="num">{country}</span>
              <input
                className="input num"
                inputMode="decimal"
                value={drafts[country] ?? String(view.settings.emissionFactors[country] ?? '')}
                placeholder={
                  tableOf(country) === null
                    ? t('econ.world', { value: formatNumber(fallback, 2) })
                    : formatNumber(fallback, 2)
                }
                data-testid={`factor-${country}`}
                onChange={(e) => setDrafts({ ...drafts, [country]: e.target.value })}
              />
            </label>
          );
        })}
        <button
          type="button"
          className="button"
          disabled={Object.keys(drafts).length === 0}
          onClick={save}
          data-testid="factors-save"
        >
          {t('econ.saveFactors')}
        </button>
      </div>
    </Field>
  );
}
