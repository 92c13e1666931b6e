/**
 * Settings' Tesla section: the monthly spending limit (default $10, Tesla's free credit). The
 * budget line on the Connections page says what it buys ("3 Tesla sites: refreshed every
 * 30 min, about $4.10 this month of $10").
 */
import { useState, type FormEvent } from 'react';
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
  const [draft, setDraft] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const text = draft ?? String(settings.teslaSpendLimitUsd);
  const limit = parseSpendLimit(text);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!limit.ok) return;
    const result = await save({ teslaSpendLimitUsd: limit.value });
    if (result.ok) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  };

  const message = submitted && !limit.ok ? limit.message : null;
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
              onChange={(e) => {
                setDraft(e.target.value);
                setSaved(false);
              }}
            />
          </span>
        </Field>
        <FormActions
          saved={saved}
          draft={draft !== null}
          onDiscard={() => setDraft(null)}
          testId="settings-tesla-save"
        />
      </form>
    </section>
  );
}
