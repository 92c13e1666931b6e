import { describe, expect, it } from 'vitest';
import type { EffectiveRates } from '../../../../electron/reports/economics';
import { buildExportTable, type ExportSite } from '../../../../electron/reports/portfolio-export';
import { createWords, englishWords } from '../../../../electron/i18n/words';

const rates: EffectiveRates = {
  electricityPrice: 0.3,
  feedInPrice: 0.1,
  selfConsumptionShare: 0.5,
  factorKgPerKwh: 0.381,
  factorSource: 'table',
};

const berlin: ExportSite = {
  id: 'demo:berlin',
  name: '=HYPERLINK("http://x","y")',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  capacityW: 10_000,
  rates,
  daily: [
    { localDate: '2025-10-25', wh: 20_000 },
    { localDate: '2025-10-26', wh: 10_000 },
    { localDate: '2025-11-01', wh: 5_000 },
  ],
};

describe('buildExportTable', () => {
  it('writes one row per site and local day, with both offsets of a daylight-saving day', () => {
    const table = buildExportTable(
      [berlin],
      '2025-10-26',
      '2025-10-27',
      'day',
      'EUR',
      englishWords,
    );
    expect(table.columns).toEqual([
      'Site',
      'Site ID',
      'Country',
      'Time zone',
      'Local date',
      'Period start (local time; ISO 8601 with UTC offset)',
      'Period end (local time; ISO 8601 with UTC offset)',
      'Energy (kWh)',
      'Specific yield (kWh/kWp)',
      'Savings (EUR)',
      'CO2 avoided (kg)',
    ]);
    expect(table.rows).toEqual([
      // 10 kWh: 5 × 0.30 + 5 × 0.10 = 2 EUR; 10 × 0.381 = 3.81 kg; 10 kWh / 10 kWp = 1.
      [
        berlin.name,
        'demo:berlin',
        'DE',
        'Europe/Berlin',
        '2025-10-26',
        '2025-10-26T00:00:00+02:00',
        '2025-10-27T00:00:00+01:00',
        10,
        1,
        2,
        3.81,
      ],
      // No stored day: empty cells, never a made-up zero.
      [
        berlin.name,
        'demo:berlin',
        'DE',
        'Europe/Berlin',
        '2025-10-27',
        '2025-10-27T00:00:00+01:00',
        '2025-10-28T00:00:00+01:00',
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  it('sums whole local months, clipped to the range', () => {
    const table = buildExportTable(
      [berlin],
      '2025-10-26',
      '2025-11-30',
      'month',
      'USD',
      englishWords,
    );
    expect(table.columns[4]).toBe('Local month');
    expect(table.columns[9]).toBe('Savings (USD)');
    expect(table.rows.map((r) => [r[4], r[5], r[6], r[7]])).toEqual([
      ['2025-10', '2025-10-26T00:00:00+02:00', '2025-11-01T00:00:00+01:00', 10],
      ['2025-11', '2025-11-01T00:00:00+01:00', '2025-12-01T00:00:00+01:00', 5],
    ]);
  });

  it('lists every chosen site, in the order given', () => {
    const other = { ...berlin, id: 'demo:other', name: 'Other', capacityW: 0, daily: [] };
    const table = buildExportTable(
      [other, berlin],
      '2025-11-01',
      '2025-11-01',
      'day',
      'EUR',
      englishWords,
    );
    expect(table.rows.map((r) => [r[1], r[7], r[8]])).toEqual([
      ['demo:other', null, null],
      ['demo:berlin', 5, 0.5],
    ]);
  });

  it('heads the columns in the user’s language, the currency in the savings header', () => {
    const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));
    const day = buildExportTable([berlin], '2025-10-26', '2025-10-26', 'day', 'EUR', german);
    expect(day.columns).toEqual([
      'Anlage',
      'Anlagen-ID',
      'Land',
      'Zeitzone',
      'Datum (Ortszeit)',
      'Beginn (Ortszeit; ISO 8601 mit UTC-Versatz)',
      'Ende (Ortszeit; ISO 8601 mit UTC-Versatz)',
      'Ertrag (kWh)',
      'Spezifischer Ertrag (kWh/kWp)',
      'Einsparung (EUR)',
      'Vermiedenes CO2 (kg)',
    ]);
    const month = buildExportTable([berlin], '2025-10-26', '2025-11-30', 'month', 'EUR', german);
    expect(month.columns[4]).toBe('Monat (Ortszeit)');
    // The cells are the same in every language: ISO dates, numbers as numbers.
    expect(month.rows).toEqual(
      buildExportTable([berlin], '2025-10-26', '2025-11-30', 'month', 'EUR', englishWords).rows,
    );
  });
});
