/**
 * The Tesla spending limit as typed in Settings: dollars a month, 0 to 10,000, with at most
 * cents ("12.5", "$10", "7,50" read as 7.50). Pure, so every accepted and refused input is a
 * row in a table test.
 */
import { t } from '../i18n/t';

/** A parsed limit, or the sentence saying what is wrong. */
export type SpendLimitResult = { ok: true; value: number } | { ok: false; message: string };

/** The largest limit the setting takes (US$ a month). */
export const MAX_SPEND_LIMIT_USD = 10_000;

/** See the module comment. */
export function parseSpendLimit(text: string): SpendLimitResult {
  const clean = text.trim().replace(/^\$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) {
    return { ok: false, message: t('tesla.limitNotAmount') };
  }
  const value = Number(clean);
  if (value > MAX_SPEND_LIMIT_USD) return { ok: false, message: t('tesla.limitTooHigh') };
  return { ok: true, value };
}
