import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../../electron/cache/types';
import { buildSeries } from '../../../../electron/services/series';
import { cacheWith, testSite } from './series-fixtures';
import { startOfLocalDay } from '../../../../shared/time';

const zone = 'Europe/Berlin';
const site = testSite('test', zone, {
  city: 'Berlin',
  country: 'DE',
  latitude: 52.5,
  longitude: 13.4,
});

/** Constant 1.2 kW every 5 minutes of a local day (100 Wh per interval), up to `until`. */
function fillDay(cache: CacheStore, date: string, until = Infinity): void {
  const start = startOfLocalDay(date, zone);
  const intervals = [];
  for (let end = start + 300; end <= start + 25 * 3600 && end - start <= until; end += 300) {
    if (end > startOfLocalDay(nextDay(date), zone)) break;
    intervals.push({ endAt: end, wh: 100, w: 1200 });
  }
  cache.upsertIntervals(site.id, intervals);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

let cache: CacheStore;
beforeEach(() => {
  cache = cacheWith(site);
});

describe('buildSeries: day', () => {
  it('compares a running day with the previous day up to the same wall-clock time', () => {
    fillDay(cache, '2026-06-16');
    fillDay(cache, '2026-06-17', 10 * 3600); // 10:00 local
    const now = startOfLocalDay('2026-06-17', zone) + 10 * 3600;
    const series = buildSeries(cache, { site, range: 'day', anchor: '2026-06-17', now });
    expect(series.points).toHaveLength(120);
    expect(series.totalWh).toBe(12_000);
    // Not the whole previous day (28,800 Wh): the same wall-clock time.
    expect(series.comparison).toMatchObject({ currentWh: 12_000, previousWh: 12_000 });
    expect(series.comparison?.includesToday).toBe(true);
    expect(series.points[0]).toMatchObject({ label: '00:05', value: 1200, previous: 1200 });
    // Each point carries its interval's energy (and the previous day's), for the kWh export.
    expect(series.points[0]).toMatchObject({ wh: 100, previousWh: 100 });
    expect(series.points.reduce((sum, p) => sum + (p.wh ?? 0), 0)).toBe(series.totalWh);
  });

  it('lines up a 23-hour spring-forward day with its neighbour by wall clock', () => {
    fillDay(cache, '2026-03-28');
    fillDay(cache, '2026-03-29'); // clocks go 02:00 → 03:00
    const now = startOfLocalDay('2026-03-30', zone);
    const series = buildSeries(cache, { site, range: 'day', anchor: '2026-03-29', now });
    expect(series.points).toHaveLength(276);
    expect(series.totalWh).toBe(27_600);
    // Finished days compare whole against whole: the 24-hour neighbour keeps its last hour.
    expect(series.comparison).toMatchObject({ currentWh: 27_600, previousWh: 28_800, days: 1 });
    expect(series.points.reduce((sum, p) => sum + (p.wh ?? 0), 0)).toBe(27_600);
  });
});

describe('buildSeries: the running day’s bar', () => {
  it('sets last week’s same day beside today only up to the same time of day', () => {
    fillDay(cache, '2026-06-09'); // last Tuesday, whole: 28,800 Wh
    fillDay(cache, '2026-06-16', 10 * 3600); // today to 10:00: 12,000 Wh
    cache.upsertDailyReported(site.id, [
      { localDate: '2026-06-09', wh: 28_800 },
      { localDate: '2026-06-16', wh: 12_000 },
    ]);
    const now = startOfLocalDay('2026-06-16', zone) + 10 * 3600;
    const week = buildSeries(cache, { site, range: 'week', anchor: '2026-06-16', now });
    const today = week.points.find((p) => p.label === '2026-06-16');
    // Not last Tuesday's whole day (28,800 Wh): last Tuesday up to 10:00.
    expect(today).toMatchObject({ value: 12_000, previous: 12_000 });
  });

  it('leaves the marker out when the previous day has no intervals to cut at that time', () => {
    fillDay(cache, '2026-06-16', 10 * 3600);
    cache.upsertDailyReported(site.id, [{ localDate: '2026-06-09', wh: 28_800 }]);
    const now = startOfLocalDay('2026-06-16', zone) + 10 * 3600;
    const week = buildSeries(cache, { site, range: 'week', anchor: '2026-06-16', now });
    expect(week.points.find((p) => p.label === '2026-06-16')?.previous).toBeNull();
  });
});

describe('buildSeries: energy ranges', () => {
  beforeEach(() => {
    cache.upsertDailyReported(site.id, [
      { localDate: '2026-06-08', wh: 1000 },
      { localDate: '2026-06-09', wh: 2000 },
      { localDate: '2026-06-15', wh: 3000 },
      { localDate: '2026-06-16', wh: 4000 },
      { localDate: '2025-06-10', wh: 500 },
    ]);
  });
  const now = startOfLocalDay('2026-06-16', zone) + 12 * 3600;

  it('compares a running week on the finished days it shares with the previous week', () => {
    const week = buildSeries(cache, { site, range: 'week', anchor: '2026-06-16', now });
    expect(week.points.map((p) => p.label)).toEqual(['2026-06-15', '2026-06-16']);
    expect(week.totalWh).toBe(7000);
    // Today (a reported total, no intervals to cut at this time) is left out, not set
    // half-finished against a whole day.
    expect(week.comparison).toEqual({
      currentWh: 3000,
      previousWh: 1000,
      days: 1,
      previousFrom: '2026-06-08',
      previousTo: '2026-06-08',
      includesToday: false,
    });
  });

  it('shows the month to date and the year by month with last year beside it', () => {
    const month = buildSeries(cache, { site, range: 'month', anchor: '2026-06-16', now });
    expect(month.points).toHaveLength(16);
    expect(month.totalWh).toBe(10_000);
    const year = buildSeries(cache, { site, range: 'year', anchor: '2026-06-16', now });
    expect(year.points.map((p) => p.label).at(-1)).toBe('2026-06');
    // Last June holds one day only: no yardstick for this June.
    expect(year.points.at(-1)).toMatchObject({ value: 10_000, previous: null });
  });

  it('sets last year’s month beside a month only when last year has the same days so far', () => {
    const days = (from: number, to: number, month: string, wh: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({
        localDate: `${month}-${String(from + i).padStart(2, '0')}`,
        wh,
      }));
    cache.upsertDailyReported(site.id, [
      ...days(1, 31, '2025-05', 100),
      ...days(1, 15, '2025-06', 200), // June 2025 up to the 15th, like June 2026 before today
      ...days(1, 30, '2025-04', 50).filter((d) => d.localDate !== '2025-04-20'),
      ...days(1, 31, '2026-05', 120),
    ]);
    const year = buildSeries(cache, { site, range: 'year', anchor: '2026-06-16', now });
    const previous = new Map(year.points.map((p) => [p.label, p.previous]));
    expect(previous.get('2026-05')).toBe(3100);
    expect(previous.get('2026-06')).toBe(3000); // 1–15 June, not the running 16th
    expect(previous.get('2026-04')).toBeNull(); // 20 April 2025 is missing
  });

  it('totals the lifetime per year', () => {
    const lifetime = buildSeries(cache, { site, range: 'lifetime', anchor: '2026-06-16', now });
    expect(lifetime.points.map((p) => [p.label, p.value])).toEqual([
      ['2025', 500],
      ['2026', 10_000],
    ]);
    expect(lifetime.comparison).toBeNull();
  });
});
