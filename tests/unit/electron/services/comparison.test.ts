import { beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../../electron/cache/types';
import {
  compareDays,
  sameDayPreviousMonth,
  sameDayPreviousYear,
} from '../../../../electron/services/comparison';
import { buildSeries } from '../../../../electron/services/series';
import { cacheWith, testSite } from './series-fixtures';
import { addDays, eachDay, startOfLocalDay } from '../../../../shared/time';

const zone = 'America/Denver';
const site = testSite('cmp', zone, {
  city: 'Denver',
  country: 'US',
  latitude: 39.7,
  longitude: -105,
});

/** 1.2 kW every 5 minutes from 06:00 to `untilHour` local (100 Wh per interval). */
function sunnyDay(cache: CacheStore, date: string, untilHour = 18): void {
  const start = startOfLocalDay(date, zone);
  const intervals = [];
  for (let end = start + 6 * 3600 + 300; end <= start + untilHour * 3600; end += 300)
    intervals.push({ endAt: end, wh: 100, w: 1200 });
  cache.upsertIntervals(site.id, intervals);
}

function reported(cache: CacheStore, from: string, to: string, wh: number): void {
  cache.upsertDailyReported(
    site.id,
    eachDay(from, to).map((localDate) => ({ localDate, wh })),
  );
}

let cache: CacheStore;
beforeEach(() => {
  cache = cacheWith(site);
});

describe('compareDays', () => {
  it('compares a year on the one month last year has history for, not twelve against one', () => {
    reported(cache, '2025-12-01', '2025-12-31', 10_000); // history starts in December
    reported(cache, '2026-01-01', '2026-11-30', 40_000);
    reported(cache, '2026-12-01', '2026-12-31', 10_500);
    const now = startOfLocalDay('2027-01-01', zone) + 3600; // the year 2026 is over
    const year = buildSeries(cache, { site, range: 'year', anchor: '2026-06-01', now });
    expect(year.totalWh).toBe(334 * 40_000 + 31 * 10_500);
    expect(year.comparison).toEqual({
      currentWh: 31 * 10_500,
      previousWh: 31 * 10_000,
      days: 31,
      previousFrom: '2025-12-01',
      previousTo: '2025-12-31',
      includesToday: false,
    });
  });

  it('cuts the running day at the newest interval’s time of day on both sides', () => {
    sunnyDay(cache, '2026-06-09'); // Tuesday last week: 06:00–18:00
    sunnyDay(cache, '2026-06-16', 10); // today, data up to 10:00
    reported(cache, '2026-06-15', '2026-06-15', 5000);
    reported(cache, '2026-06-08', '2026-06-08', 4000);
    const now = startOfLocalDay('2026-06-16', zone) + 10 * 3600 + 120;
    const week = buildSeries(cache, { site, range: 'week', anchor: '2026-06-16', now });
    expect(week.comparison).toEqual({
      currentWh: 5000 + 48 * 100,
      previousWh: 4000 + 48 * 100, // last Tuesday up to 10:00, not all of it (14,400 Wh)
      days: 2,
      previousFrom: '2026-06-08',
      previousTo: '2026-06-09',
      includesToday: true,
    });
  });

  it('leaves out days missing on either side and says how many were compared', () => {
    reported(cache, '2026-05-01', '2026-05-10', 1000);
    reported(cache, '2026-06-05', '2026-06-20', 2000);
    const now = startOfLocalDay('2026-07-01', zone);
    const days = eachDay('2026-06-01', '2026-06-30');
    expect(compareDays(cache, site, days, sameDayPreviousMonth, now)).toEqual({
      currentWh: 6 * 2000,
      previousWh: 6 * 1000,
      days: 6,
      previousFrom: '2026-05-05',
      previousTo: '2026-05-10',
      includesToday: false,
    });
  });

  it('has nothing to say before today has any data', () => {
    sunnyDay(cache, '2026-06-15');
    const now = startOfLocalDay('2026-06-16', zone) + 3 * 3600; // 03:00, still dark
    expect(compareDays(cache, site, ['2026-06-16'], (d) => addDays(d, -1), now)).toBeNull();
  });

  it('ignores days after the site’s today', () => {
    reported(cache, '2026-06-01', '2026-06-30', 1000);
    reported(cache, '2026-05-01', '2026-05-31', 1000);
    const now = startOfLocalDay('2026-06-03', zone) + 60;
    const days = eachDay('2026-06-01', '2026-06-30');
    expect(compareDays(cache, site, days, sameDayPreviousMonth, now)?.days).toBe(2);
  });
});

describe('previous-day rules', () => {
  it.each([
    ['2026-03-15', '2026-02-15'],
    ['2026-03-31', null],
    ['2026-01-31', '2025-12-31'],
  ])('one month before %s is %s', (day, expected) => {
    expect(sameDayPreviousMonth(day)).toBe(expected);
  });

  it.each([
    ['2026-03-15', '2025-03-15'],
    ['2028-02-29', null],
    ['2027-01-01', '2026-01-01'],
  ])('one year before %s is %s', (day, expected) => {
    expect(sameDayPreviousYear(day)).toBe(expected);
  });
});
