/**
 * Settings' Tesla section: the monthly spending limit (default $10, Tesla's free credit). The
 * budget line on the Connections page says what it buys ("3 Tesla sites: refreshed every
 * 30 min, about $4.10 this month of $10").
 */
import type { FormEvent } from 'react';
import { useSettingsDraft } from '../settings/useSettingsDraft';
import type { IpcResult } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { t } from '../i18n/t';
import { parseSpendLimit } from '../model/spendLimit';
import { Field } from '../settings/Field';
import { FormActions } from '../settings/FormActions';

/** The section card. */
export function TeslaSettings({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
}) {
  const form = useSettingsDraft<string>(save);
  const text = form.draft ?? String(settings.teslaSpendLimitUsd);
  const limit = parseSpendLimit(text);
  const onSubmit = (event: FormEvent) =>
    form.submit(event, limit.ok ? { teslaSpendLimitUsd: limit.value } : null);

  const message = form.submitted && !limit.ok ? limit.message : null;
  return (
    <section className="card" data-testid="settings-tesla">
      <div className="card-header">
        <h2>{t('tesla.title')}</h2>
        <span className="hint">{t('tesla.subtitle')}</span>
      </div>
      <form className="settings-list" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label={t('tesla.limit')}
          hint={t('tesla.limitHint')}
          htmlFor="tesla-spend-limit"
          message={message}
        >
          <span className="input-with-unit">
            <span className="muted">$</span>
            <input
              id="tesla-spend-limit"
              className="input num"
              inputMode="decimal"
              value={text}
              aria-invalid={message !== null}
              data-testid="setting-tesla-limit"
              onChange={(e) => form.edit(e.target.value)}
            />
          </span>
        </Field>
        <FormActions
          saved={form.saved}
          draft={form.draft !== null}
          onDiscard={form.discard}
          testId="settings-tesla-save"
        />
      </form>
    </section>
  );
}
