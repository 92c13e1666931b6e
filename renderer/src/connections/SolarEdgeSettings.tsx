/**
 * Settings' SolarEdge section: the credit plan of the SolarEdge account(s) this computer reads
 * (credits a month and a minute; SolarEdge's free developer tier by default). The refresh
 * interval of SolarEdge sites follows it, and Connections explains it.
 */
import { useState, type FormEvent } from 'react';
import type { IpcResult } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { parseWholeNumber } from '../model/settingsForm';
import { Field } from '../settings/Field';
import { FormActions } from '../settings/FormActions';
import { formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';

/** SolarEdge's free developer tier (reference). */
const FREE_TIER = { month: 2_000, minute: 10 };

/** The section card. */
export function SolarEdgeSettings({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
}) {
  const [month, setMonth] = useState<string | null>(null);
  const [minute, setMinute] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const monthText = month ?? String(settings.solaredgeCreditsPerMonth);
  const minuteText = minute ?? String(settings.solaredgeCreditsPerMinute);
  const perMonth = parseWholeNumber(monthText, 1, 100_000_000, {
    phrase: 'solaredge.monthWhat',
    title: 'solaredge.monthWhatTitle',
  });
  const perMinute = parseWholeNumber(minuteText, 1, 100_000, {
    phrase: 'solaredge.minuteWhat',
    title: 'solaredge.minuteWhatTitle',
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!perMonth.ok || !perMinute.ok) return;
    const result = await save({
      solaredgeCreditsPerMonth: perMonth.value,
      solaredgeCreditsPerMinute: perMinute.value,
    });
    if (result.ok) {
      setMonth(null);
      setMinute(null);
      setSubmitted(false);
      setSaved(true);
    }
  };
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setSaved(false);
  };
  const free =
    settings.solaredgeCreditsPerMonth === FREE_TIER.month &&
    settings.solaredgeCreditsPerMinute === FREE_TIER.minute;

  return (
    <section className="card" data-testid="settings-solaredge">
      <div className="card-header">
        <h2>SolarEdge</h2>
        <span className="hint">{t('solaredge.hint')}</span>
      </div>
      <form className="numbers-form settings-list" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={t('solaredge.month')}
          hint={
            free
              ? t('solaredge.monthFree')
              : t('solaredge.monthPlan', { free: formatNumber(FREE_TIER.month, 0) })
          }
          htmlFor="solaredge-month"
          message={submitted && !perMonth.ok ? perMonth.message : null}
        >
          <input
            id="solaredge-month"
            className="input num"
            inputMode="numeric"
            value={monthText}
            aria-invalid={submitted && !perMonth.ok}
            data-testid="setting-solaredge-month"
            onChange={(e) => edit(setMonth)(e.target.value)}
          />
        </Field>
        <Field
          label={t('solaredge.minute')}
          hint={t('solaredge.minuteHint', { free: formatNumber(FREE_TIER.minute, 0) })}
          htmlFor="solaredge-minute"
          message={submitted && !perMinute.ok ? perMinute.message : null}
        >
          <input
            id="solaredge-minute"
            className="input num"
            inputMode="numeric"
            value={minuteText}
            aria-invalid={submitted && !perMinute.ok}
            data-testid="setting-solaredge-minute"
            onChange={(e) => edit(setMinute)(e.target.value)}
          />
        </Field>
        <FormActions
          saved={saved}
          draft={month !== null || minute !== null}
          onDiscard={() => {
            setMonth(null);
            setMinute(null);
          }}
          testId="setting-solaredge-save"
        />
      </form>
    </section>
  );
}
