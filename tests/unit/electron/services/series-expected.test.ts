import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../../electron/cache/types';
import { expectedIntervalWh, expectedWhBetween } from '../../../../electron/insight/expected';
import { buildSeries } from '../../../../electron/services/series';
import { endOfLocalDay, startOfLocalDay } from '../../../../shared/time';
import { cacheWith, testSite } from './series-fixtures';

const zone = 'Europe/Berlin';
const site = testSite('test', zone, {
  city: 'Berlin',
  country: 'DE',
  latitude: 52.5,
  longitude: 13.4,
});
const ratio = 0.8;
const day = '2026-06-17';
const start = startOfLocalDay(day, zone);

let cache: CacheStore;
beforeEach(() => {
  cache = cacheWith(site);
  const intervals = [];
  for (let end = start + 300; end <= start + 14 * 3600; end += 300) {
    intervals.push({ endAt: end, wh: 100, w: 1200 });
  }
  cache.upsertIntervals(site.id, intervals);
});

describe('buildSeries: the clear-sky expectation', () => {
  it('gives every point of a day its expected power (W), zero at night, highest near noon', () => {
    const now = start + 14 * 3600;
    const series = buildSeries(cache, {
      site,
      range: 'day',
      anchor: day,
      now,
      performanceRatio: ratio,
    });
    const noon = series.points.find((p) => p.label === '13:15')!;
    expect(noon.expected).toBeCloseTo((expectedIntervalWh(site, noon.t, ratio) * 3600) / 300, 6);
    expect(noon.expected).toBeGreaterThan(0.5 * site.capacityW);
    expect(series.points.find((p) => p.label === '01:00')!.expected).toBe(0);
  });

  it('gives each week day with data its expected energy: whole past days, today up to now', () => {
    const now = start + 14 * 3600;
    const series = buildSeries(cache, {
      site,
      range: 'week',
      anchor: day,
      now,
      performanceRatio: ratio,
    });
    const today = series.points.find((p) => p.label === day)!;
    expect(today.expected).toBeCloseTo(expectedWhBetween(site, start, now, ratio), 6);
    // Days of the week without any data carry no expectation (no "0 % of expected").
    const before = series.points.filter((p) => p.label < day);
    expect(before.length).toBeGreaterThan(0);
    for (const point of before) expect(point.expected).toBeUndefined();
  });

  it('a whole past day is expected to its end', () => {
    const now = endOfLocalDay(day, zone) + 3600;
    const series = buildSeries(cache, {
      site,
      range: 'month',
      anchor: day,
      now,
      performanceRatio: ratio,
    });
    const point = series.points.find((p) => p.label === day)!;
    expect(point.expected).toBeCloseTo(
      expectedWhBetween(site, start, endOfLocalDay(day, zone), ratio),
      6,
    );
  });

  it('carries no expectation without a performance ratio', () => {
    const series = buildSeries(cache, { site, range: 'day', anchor: day, now: start + 14 * 3600 });
    expect(series.points.every((p) => p.expected === undefined)).toBe(true);
  });
});
