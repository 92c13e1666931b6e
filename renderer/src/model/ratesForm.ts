/**
 * Checks for the money and CO2 forms (fleet default in Settings, a site's own values on its
 * page), mirroring shared/economics.ts so the problem shows beside the field before main
 * refuses it. Decimal commas are accepted: many facility managers type "0,28".
 */
import type { SiteOverride } from '../../../shared/economics';
import { t } from '../i18n/t';
import { formatDecimalInput } from '../../../shared/format';

/** What the user typed, field by field (shares in percent). */
export interface RatesDraft {
  price: string;
  feedIn: string;
  sharePercent: string;
  factor: string;
}

/** The fields of a draft. */
export type RatesField = keyof RatesDraft;

/** A parsed form: the values to save, or a message per field. */
export type RatesParse =
  { ok: true; value: SiteOverride } | { ok: false; errors: Partial<Record<RatesField, string>> };

/** The draft that shows stored values (absent values stay blank). */
export function draftOf(values: SiteOverride): RatesDraft {
  const text = (n: number | undefined) => (n === undefined ? '' : formatDecimalInput(n));
  return {
    price: text(values.electricityPrice),
    feedIn: text(values.feedInPrice),
    sharePercent:
      values.selfConsumptionShare === undefined
        ? ''
        : formatDecimalInput(Math.round(values.selfConsumptionShare * 1000) / 10),
    factor: text(values.emissionFactorKgPerKwh),
  };
}

const LIMITS: Record<RatesField, number> = {
  price: 100,
  feedIn: 100,
  sharePercent: 100,
  factor: 2,
};

/** A non-negative decimal within the field's limit, or a message; blank gives undefined. */
export function parseDecimal(
  text: string,
  field: RatesField,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: undefined };
  const max = LIMITS[field];
  const what = t(`econ.what.${field}`);
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: t('econ.notNumber', { what }) };
  const value = Number(trimmed);
  if (value > max) return { ok: false, message: t('econ.atMost', { what, max }) };
  return { ok: true, value };
}

/**
 * Parses a draft. `required` fields must not be blank (the fleet default needs every price);
 * blank optional fields mean "use the default".
 */
export function parseRates(draft: RatesDraft, required: readonly RatesField[]): RatesParse {
  const errors: Partial<Record<RatesField, string>> = {};
  const value: SiteOverride = {};
  for (const field of Object.keys(draft) as RatesField[]) {
    const parsed = parseDecimal(draft[field], field);
    if (!parsed.ok) {
      errors[field] = parsed.message;
      continue;
    }
    if (parsed.value === undefined) {
      if (required.includes(field)) {
        errors[field] = t('econ.needed', { what: t(`econ.what.${field}`) });
      }
      continue;
    }
    if (field === 'price') value.electricityPrice = parsed.value;
    if (field === 'feedIn') value.feedInPrice = parsed.value;
    if (field === 'sharePercent') value.selfConsumptionShare = parsed.value / 100;
    if (field === 'factor') value.emissionFactorKgPerKwh = parsed.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
