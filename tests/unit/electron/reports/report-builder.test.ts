import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import type { SiteRecord } from '../../../../electron/cache/types';
import { defaultEconomics } from '../../../../electron/reports/economics';
import { expectedWhBetween } from '../../../../electron/insight/expected';
import {
  buildReport,
  performanceIndex,
  periodDates,
  yearEarlier,
} from '../../../../electron/reports/report-builder';
import { startOfLocalDay } from '../../../../shared/time';
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
      ratioFor: (s) => (s.id === big.id ? 0.5 : 0.9),
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
    // Expected over the (finished) month, with each site's own learned ratio.
    const start = startOfLocalDay('2026-11-01', 'Europe/Berlin');
    const end = startOfLocalDay('2026-12-01', 'Europe/Berlin');
    const expectedBig = expectedWhBetween(big, start, end, 0.5);
    const expectedSmall = expectedWhBetween(small, start, end, 0.9);
    expect(expectedBig).toBeGreaterThan(0);
    const bigLine = report.sites.find((s) => s.siteId === big.id)!;
    expect(bigLine.expectedWh).toBe(expectedBig);
    expect(bigLine.performanceIndex).toBe(300_000 / expectedBig);
    expect(report.totals.expectedWh).toBe(expectedBig + expectedSmall);
    expect(report.totals.performanceIndex).toBe(360_000 / (expectedBig + expectedSmall));
    cache.close();
  });

  it('lists the alerts that overlap the period, with the energy they lost', () => {
    const cache = openCache(join(mkdtempSync(join(tmpdir(), 'report-')), 'cache.sqlite'));
    const one = site('demo:one', 10_000);
    cache.upsertSite(one);
    const write = (startAt: number, endAt: number | null, lostWh: number) =>
      cache.alerts.write(
        {
          rule: 'zero_production',
          subject: `site:${one.id}`,
          siteId: one.id,
          severity: 'fault',
          startAt,
          endAt,
          summary: 'x',
          evidence: {},
          lostWh,
          lostWindow: startAt,
        },
        startAt,
      );
    const november = startOfLocalDay('2026-11-01', 'Europe/Berlin');
    write(november - 7200, november - 3600, 1_000); // October only
    write(november - 3600, november + 3600, 2_500); // across the boundary
    write(november + 86_400, null, 4_000); // still open
    write(november + 5 * 86_400, null, 0); // began just now
    write(startOfLocalDay('2026-12-01', 'Europe/Berlin'), null, 9_000); // December
    const report = buildReport(cache, {
      sites: [one],
      scope: { kind: 'fleet' },
      period: '2026-11',
      now: november + 5 * 86_400,
      economics: defaultEconomics,
      currency: 'EUR',
      factorSource: 'test',
      ratioFor: () => 0.8,
    });
    expect(report.alerts.map((a) => [a.startAt, a.endAt, a.lostKwh])).toEqual([
      [november - 3600, november + 3600, 2.5],
      [november + 86_400, null, 4],
      [november + 5 * 86_400, null, 0],
    ]);
    expect(report.sites[0]!.lostKwh).toBe(6.5);
    expect(report.totals.lostKwh).toBe(6.5);
    cache.close();
  });
});

describe('performanceIndex', () => {
  it.each([
    [90, 100, 0.9],
    [0, 100, 0],
    [50, 0, null],
  ])('%d of %d → %s', (wh, expected, index) => {
    expect(performanceIndex(wh, expected)).toBe(index);
  });
});
