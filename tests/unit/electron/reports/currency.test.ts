import { describe, expect, it } from 'vitest';
import { currencyForLocale, FALLBACK_CURRENCY } from '../../../../electron/reports/currency';

describe('currencyForLocale', () => {
  it.each([
    ['de-DE', 'EUR'],
    ['es-ES', 'EUR'],
    ['en-US', 'USD'],
    ['en-GB', 'GBP'],
    ['en-AU', 'AUD'],
    ['ja-JP', 'JPY'],
    ['de-CH', 'CHF'],
    ['fr-CA', 'CAD'],
    ['en', FALLBACK_CURRENCY],
    ['xx-QQ', FALLBACK_CURRENCY],
    ['not a locale', FALLBACK_CURRENCY],
  ])('%s → %s', (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });
});
