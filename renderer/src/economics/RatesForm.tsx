/** The money and CO2 fields (prices, self-consumption share, optionally the emission factor), saved together. */
import { useState, type FormEvent } from 'react';
import type { IpcResult } from '../../../shared/contract';
import type { SiteOverride } from '../../../shared/economics';
import { Field } from '../settings/Field';
import { FormActions } from '../settings/FormActions';
import { draftOf, parseRates, type RatesDraft, type RatesField } from '../model/ratesForm';
import { t } from '../i18n/t';

/** One form; `placeholders` show what a blank field falls back to. */
export function RatesForm({
  stored,
  currency,
  required,
  placeholders,
  withFactor,
  testId,
  save,
}: {
  stored: SiteOverride;
  currency: string;
  required: readonly RatesField[];
  placeholders?: Partial<RatesDraft>;
  withFactor: boolean;
  testId: string;
  save: (value: SiteOverride) => Promise<IpcResult<unknown>>;
}) {
  const [draft, setDraft] = useState<RatesDraft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = draft ?? draftOf(stored);
  const parsed = parseRates(withFactor ? current : { ...current, factor: '' }, required);
  const errorOf = (field: RatesField) =>
    submitted && !parsed.ok ? (parsed.errors[field] ?? null) : null;
  const edit = (patch: Partial<RatesDraft>) => {
    setDraft({ ...current, ...patch });
    setSaved(false);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.ok) return;
    const result = await save(parsed.value);
    if (result.ok) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  };

  const input = (field: RatesField, label: string, unit: string, hint: string) => (
    <Field label={label} hint={hint} htmlFor={`${testId}-${field}`} message={errorOf(field)}>
      <span className="input-with-unit">
        <input
          id={`${testId}-${field}`}
          className="input num"
          inputMode="decimal"
          value={current[field]}
          placeholder={placeholders?.[field]}
          aria-invalid={!!errorOf(field)}
          data-testid={`${testId}-${field}`}
          onChange={(e) => edit({ [field]: e.target.value })}
        />
        <span className="muted">{unit}</span>
      </span>
    </Field>
  );

  return (
    <form className="numbers-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {input('price', t('econ.price'), `${currency}/kWh`, t('econ.priceHint'))}
      {input('feedIn', t('econ.feedIn'), `${currency}/kWh`, t('econ.feedInHint'))}
      {input('sharePercent', t('econ.share'), '%', t('econ.shareHint'))}
      {withFactor && input('factor', t('econ.factor'), 'kg CO₂/kWh', t('econ.factorHint'))}
      <FormActions
        saved={saved}
        draft={draft !== null}
        onDiscard={() => setDraft(null)}
        testId={`${testId}-save`}
      />
    </form>
  );
}
