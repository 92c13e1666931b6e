/**
 * The currency of a locale's region, for showing money before the user picks a currency.
 * Intl can name a currency but cannot say which one a region uses, hence this short table of
 * the regions most likely to run the app; anything else falls back to US dollars.
 */

/** Used when the locale has no region or the region is not listed. */
export const FALLBACK_CURRENCY = 'USD';

const EURO_AREA = [
  'AT',
  'BE',
  'HR',
  'CY',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PT',
  'SK',
  'SI',
  'ES',
];

const BY_REGION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EURO_AREA.map((region) => [region, 'EUR'])),
  US: 'USD',
  GB: 'GBP',
  AU: 'AUD',
  NZ: 'NZD',
  CA: 'CAD',
  CH: 'CHF',
  LI: 'CHF',
  JP: 'JPY',
  CN: 'CNY',
  IN: 'INR',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  SG: 'SGD',
  KR: 'KRW',
};

/** The currency of a BCP 47 locale such as `de-DE` or `en-AU`; `en` alone gives the fallback. */
export function currencyForLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    return FALLBACK_CURRENCY;
  }
  return (region && Object.hasOwn(BY_REGION, region) && BY_REGION[region]) || FALLBACK_CURRENCY;
}
