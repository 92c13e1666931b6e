import { afterEach, describe, expect, it } from 'vitest';
import {
  changeRatio,
  columnFormatter,
  energyScale,
  formatBucketLabel,
  formatCapacity,
  formatChange,
  formatDaySpan,
  formatDecimalInput,
  formatEnergy,
  formatLocalDate,
  formatMoney,
  formatNumber,
  formatPeriod,
  formatPower,
  formatSpecificYield,
  powerScale,
  setFormatLocale,
} from '../../../shared/format';

// Units are joined with a no-break space; tests write a plain space for readability.
const plain = (s: string | null) =>
  s?.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\u2212/g, '-') ?? null;

describe('formatEnergy', () => {
  it.each([
    { wh: 0, unit: 'auto', expected: '0 Wh' },
    { wh: 850, unit: 'auto', expected: '850 Wh' },
    { wh: 999.6, unit: 'auto', expected: '1,000 Wh' },
    { wh: 1_000, unit: 'auto', expected: '1.00 kWh' },
    { wh: 12_345, unit: 'auto', expected: '12.3 kWh' },
    { wh: 123_456, unit: 'auto', expected: '123 kWh' },
    { wh: 1_482_300, unit: 'auto', expected: '1,482 kWh' },
    { wh: 12_500_000, unit: 'auto', expected: '12.5 MWh' },
    { wh: 25_000_000_000, unit: 'auto', expected: '25.0 GWh' },
    { wh: 850, unit: 'kWh', expected: '0.850 kWh' },
    { wh: 1_482_300, unit: 'kWh', expected: '1,482 kWh' },
    { wh: 1_482_300, unit: 'MWh', expected: '1.48 MWh' },
    { wh: 0, unit: 'MWh', expected: '0 MWh' },
  ] as const)('$wh Wh as $unit → $expected', ({ wh, unit, expected }) => {
    expect(plain(formatEnergy(wh, unit))).toBe(expected);
  });
});

describe('formatPower', () => {
  it.each([
    { w: 0, unit: 'auto', expected: '0 W' },
    { w: 640, unit: 'auto', expected: '640 W' },
    { w: 4_210, unit: 'auto', expected: '4.21 kW' },
    { w: 187_600, unit: 'auto', expected: '188 kW' },
    { w: 12_000_000, unit: 'auto', expected: '12.0 MW' },
    { w: 640, unit: 'kWh', expected: '0.640 kW' },
    { w: 187_600, unit: 'MWh', expected: '0.188 MW' },
  ] as const)('$w W as $unit → $expected', ({ w, unit, expected }) => {
    expect(plain(formatPower(w, unit))).toBe(expected);
  });
});

describe('scales shared by a whole chart', () => {
  it('picks one unit from the largest value', () => {
    expect(energyScale(48_000)).toEqual({ unit: 'kWh', factor: 1_000 });
    expect(energyScale(500)).toEqual({ unit: 'Wh', factor: 1 });
    expect(powerScale(250_000)).toEqual({ unit: 'kW', factor: 1_000 });
  });
  it('follows an explicit preference whatever the size', () => {
    expect(energyScale(500, 'MWh')).toEqual({ unit: 'MWh', factor: 1_000_000 });
    expect(powerScale(500, 'kWh')).toEqual({ unit: 'kW', factor: 1_000 });
  });
});

describe('capacity and specific yield', () => {
  it.each([
    { w: 8_500, expected: '8.50 kWp' },
    { w: 250_000, expected: '250 kWp' },
    { w: 12_400_000, expected: '12.4 MWp' },
  ])('capacity $w W → $expected', ({ w, expected }) => {
    expect(plain(formatCapacity(w))).toBe(expected);
  });
  it.each([
    { value: 0, expected: '0.00 kWh/kWp' },
    { value: 4.2149, expected: '4.21 kWh/kWp' },
    { value: 12, expected: '12.00 kWh/kWp' },
  ])('specific yield $value → $expected', ({ value, expected }) => {
    expect(plain(formatSpecificYield(value))).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    { current: 112, previous: 100, expected: '+12 %' },
    { current: 97, previous: 100, expected: '-3 %' },
    { current: 100, previous: 100, expected: '0 %' },
    { current: 100.4, previous: 100, expected: '0 %' },
    { current: 2_500, previous: 100, expected: '+2,400 %' },
    { current: 5, previous: 0, expected: null },
    { current: 5, previous: null, expected: null },
  ])('$current vs $previous → $expected', ({ current, previous, expected }) => {
    expect(plain(formatChange(current, previous))).toBe(expected);
  });
  it('gives the raw ratio for colouring', () => {
    expect(changeRatio(150, 100)).toBeCloseTo(0.5);
    expect(changeRatio(1, null)).toBeNull();
  });
});

describe('formatNumber', () => {
  it.each([
    { value: 1234.567, decimals: 1, expected: '1,234.6' },
    { value: -3, decimals: 0, expected: '\u22123' },
    { value: Number.NaN, decimals: 2, expected: '–' },
    { value: Number.POSITIVE_INFINITY, decimals: 0, expected: '–' },
  ])('$value with $decimals decimals → $expected', ({ value, decimals, expected }) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('dates and periods follow the format locale (already local: no zone shifts)', () => {
  afterEach(() => setFormatLocale('en-US'));
  it.each([
    { locale: 'en-US', date: '2025-10-14', expected: 'Tue, Oct 14, 2025' },
    { locale: 'en-GB', date: '2025-10-14', expected: 'Tue, 14 Oct 2025' },
    { locale: 'de-DE', date: '2025-10-14', expected: 'Di., 14. Okt. 2025' },
    { locale: 'en-GB', date: '2024-02-29', expected: 'Thu, 29 Feb 2024' },
  ])('a heading date in $locale: $expected', ({ locale, date, expected }) => {
    setFormatLocale(locale);
    expect(formatLocalDate(date)).toBe(expected);
  });
  it.each([
    {
      locale: 'en-GB',
      range: 'day',
      from: '2025-10-14',
      to: '2025-10-14',
      expected: 'Tue, 14 Oct 2025',
    },
    {
      locale: 'en-GB',
      range: 'week',
      from: '2025-10-13',
      to: '2025-10-19',
      expected: '13 – 19 Oct 2025',
    },
    {
      locale: 'en-US',
      range: 'week',
      from: '2025-10-13',
      to: '2025-10-19',
      expected: 'Oct 13 – 19, 2025',
    },
    {
      locale: 'de-DE',
      range: 'week',
      from: '2025-10-13',
      to: '2025-10-19',
      expected: '13.–19. Okt. 2025',
    },
    {
      locale: 'en-GB',
      range: 'week',
      from: '2025-12-29',
      to: '2026-01-04',
      expected: '29 Dec 2025 – 4 Jan 2026',
    },
    {
      locale: 'de-DE',
      range: 'week',
      from: '2025-09-29',
      to: '2025-10-05',
      expected: '29. Sept. – 5. Okt. 2025',
    },
    {
      locale: 'en-US',
      range: 'month',
      from: '2025-10-01',
      to: '2025-10-31',
      expected: 'October 2025',
    },
    {
      locale: 'de-DE',
      range: 'month',
      from: '2025-10-01',
      to: '2025-10-31',
      expected: 'Oktober 2025',
    },
    { locale: 'de-DE', range: 'year', from: '2025-01-01', to: '2025-12-31', expected: '2025' },
    {
      locale: 'en-US',
      range: 'lifetime',
      from: '2019-06-01',
      to: '2025-10-14',
      expected: '2019 – 2025',
    },
    { locale: 'en-US', range: 'lifetime', from: '2025-06-01', to: '2025-10-14', expected: '2025' },
  ] as const)('$locale $range $from..$to → $expected', ({ locale, range, from, to, expected }) => {
    setFormatLocale(locale);
    expect(plain(formatPeriod(range, from, to))).toBe(expected);
  });
  it.each([
    { locale: 'en-US', label: '14:05', range: 'day', long: false, expected: '14:05' },
    { locale: 'en-US', label: '2025-10-13', range: 'week', long: false, expected: 'Mon 13' },
    { locale: 'de-DE', label: '2025-10-13', range: 'week', long: false, expected: 'Mo 13' },
    { locale: 'en-US', label: '2025-10-13', range: 'month', long: false, expected: '13' },
    {
      locale: 'en-GB',
      label: '2025-10-13',
      range: 'month',
      long: true,
      expected: 'Mon, 13 Oct 2025',
    },
    { locale: 'en-US', label: '2025-10', range: 'year', long: false, expected: 'Oct' },
    { locale: 'de-DE', label: '2025-10', range: 'year', long: true, expected: 'Oktober 2025' },
    { locale: 'en-US', label: '2021', range: 'lifetime', long: true, expected: '2021' },
  ] as const)(
    '$locale bucket $label ($range, long=$long) → $expected',
    ({ locale, label, range, long, expected }) => {
      setFormatLocale(locale);
      expect(formatBucketLabel(label, range, long)).toBe(expected);
    },
  );
});

describe('formatDaySpan', () => {
  afterEach(() => setFormatLocale('en-US'));
  it.each([
    ['en-GB', '2026-06-08', '2026-06-08', '8 Jun 2026'],
    ['en-GB', '2026-06-08', '2026-06-09', '8 – 9 Jun 2026'],
    ['en-GB', '2026-06-08', '2026-07-03', '8 Jun – 3 Jul 2026'],
    ['en-GB', '2025-12-29', '2026-01-04', '29 Dec 2025 – 4 Jan 2026'],
    ['en-US', '2026-06-08', '2026-06-09', 'Jun 8 – 9, 2026'],
    ['de-DE', '2026-06-08', '2026-07-03', '8. Juni – 3. Juli 2026'],
  ])('%s: %s – %s → %s', (locale, from, to, text) => {
    setFormatLocale(locale);
    expect(plain(formatDaySpan(from, to))).toBe(text);
  });
});

describe('numbers and money follow the format locale', () => {
  afterEach(() => setFormatLocale('en-US'));
  it.each([
    { locale: 'en-US', number: '1,234.6', energy: '1,482 kWh', eur: '€1,234.50' },
    { locale: 'en-GB', number: '1,234.6', energy: '1,482 kWh', eur: '€1,234.50' },
    { locale: 'de-DE', number: '1.234,6', energy: '1.482 kWh', eur: '1.234,50 €' },
  ])('$locale: $number, $energy, $eur', ({ locale, number, energy, eur }) => {
    setFormatLocale(locale);
    expect(formatNumber(1234.567, 1)).toBe(number);
    expect(plain(formatEnergy(1_482_300))).toBe(energy);
    expect(plain(formatMoney(1234.5, 'EUR'))).toBe(eur);
  });
  it.each([
    ['en-US', 1234.381, '1234.381'],
    ['de-DE', 1234.381, '1234,381'],
    ['de-DE', 100, '100'],
  ])('a value to type in %s: %s → %s', (locale, value, text) => {
    setFormatLocale(locale);
    expect(formatDecimalInput(value)).toBe(text);
  });
});

describe('columnFormatter', () => {
  it('gives every value of a column the same unit and decimals', () => {
    const scale = energyScale(1_482_300);
    const format = columnFormatter(scale, 1_482_300);
    expect(scale.unit).toBe('kWh');
    expect([0, 850, 194_000, 1_482_300].map(format)).toEqual(['0', '1', '194', '1,482']);
  });
  it('keeps decimals when the largest value is small', () => {
    const format = columnFormatter(energyScale(45_600), 45_600);
    expect([0, 4_210, 45_600].map(format)).toEqual(['0.0', '4.2', '45.6']);
  });
  it('never shows fractions of Wh or W', () => {
    expect(columnFormatter({ unit: 'W', factor: 1 }, 640)(12.7)).toBe('13');
  });
});
