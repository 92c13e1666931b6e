import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import type { SiteRecord } from '../../../../electron/cache/types';
import { defaultEconomics } from '../../../../electron/reports/economics';
import { buildReport, periodDates, yearEarlier } from '../../../../electron/reports/report-builder';
import { testSite } from './fixtures';

function site(id: string, capacityW: number): SiteRecord {
  return testSite(id, { capacityW });
}

describe('periodDates and yearEarlier', () => {
  it.each([
    ['2026-11', { kind: 'month', from: '2026-11-01', to: '2026-11-30' }],
    ['2024-02', { kind: 'month', from: '2024-02-01', to: '2024-02-29' }],
    ['2026', { kind: 'year', from: '2026-01-01', to: '2026-12-31' }],
  ])('%s', (period, expected) => {
    expect(periodDates(period)).toEqual(expected);
  });
  it('maps 29 February to 28 February a year earlier', () => {
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
  });
});

describe('buildReport', () => {
  it('sums each site’s local days, compares with last year, ranks by specific yield', () => {
    const cache = openCache(join(mkdtempSync(join(tmpdir(), 'report-')), 'cache.sqlite'));
    const small = site('demo:small', 10_000);
    const big = site('demo:big', 100_000);
    for (const s of [small, big]) cache.upsertSite(s);
    cache.upsertDailyReported(small.id, [
      { localDate: '2025-11-03', wh: 30_000 },
      { localDate: '2026-10-31', wh: 99_999 },
      { localDate: '2026-11-01', wh: 40_000 },
      { localDate: '2026-11-03', wh: 20_000 },
    ]);
    cache.upsertDailyReported(big.id, [{ localDate: '2026-11-02', wh: 300_000 }]);
    const now = Date.UTC(2026, 11, 6, 12) / 1000;
    const report = buildReport(cache, {
      sites: [big, small],
      scope: { kind: 'fleet' },
      period: '2026-11',
      now,
      economics: {
        ...defaultEconomics,
        fleet: { electricityPrice: 0.3, feedInPrice: 0.1, selfConsumptionShare: 1 },
      },
      currency: 'EUR',
      factorSource: 'test',
    });
    expect(report.sites.map((s) => [s.siteId, s.wh, s.previousWh, s.specificYield])).toEqual([
      ['demo:small', 60_000, 30_000, 6],
      ['demo:big', 300_000, null, 3],
    ]);
    expect(report.totals.wh).toBe(360_000);
    expect(report.totals.previousWh).toBe(30_000);
    expect(report.totals.specificYield).toBeCloseTo(360_000 / 110_000, 12);
    expect(report.totals.savings).toBeCloseTo(108, 9);
    expect(report.totals.co2Kg).toBeCloseTo(360 * 0.381, 9);
    // Daily totals only: nothing to judge availability on.
    expect(report.totals.availability).toBeNull();
    expect(report.period).toEqual({
      kind: 'month',
      label: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      through: '2026-11-03',
    });
    expect(report.buckets).toEqual([
      { label: '2026-11-01', wh: 40_000, previousWh: null },
      { label: '2026-11-02', wh: 300_000, previousWh: null },
      { label: '2026-11-03', wh: 20_000, previousWh: 30_000 },
    ]);
    expect(report.expected).toBeNull();
    cache.close();
  });
});
