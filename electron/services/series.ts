/**
 * The `site.series` answer: the chart of one range of one site, with the same position in the
 * previous period beside every point and a like-for-like comparison (see comparison.ts). All
 * calendar math happens in the SITE's time zone.
 */
import type { SeriesPoint, SeriesRange, SiteSeries } from '../../shared/domain';
import {
  addDays,
  addMonths,
  endOfLocalDay,
  eachDay,
  localDateOf,
  localTimeOf,
  startOfLocalDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
  type LocalDate,
} from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { EXPECTED_STEP_SECONDS, expectedIntervalWh, expectedWhBetween } from '../insight/expected';
import {
  compareDays,
  runningDay,
  sameDayPreviousMonth,
  sameDayPreviousYear,
  type PreviousDayOf,
} from './comparison';

/** Everything a series needs besides the cache. */
export interface SeriesRequest {
  site: SiteRecord;
  range: SeriesRange;
  anchor: LocalDate;
  now: number;
  /** The site's learned performance ratio: with it, points carry the clear-sky expectation. */
  performanceRatio?: number;
}

/** Builds one chart's data from the cache. */
export function buildSeries(cache: CacheStore, request: SeriesRequest): SiteSeries {
  switch (request.range) {
    case 'day':
      return daySeries(cache, request);
    case 'week': {
      const from = startOfWeek(request.anchor);
      return dailySeries(cache, request, from, addDays(from, 6), (d) => addDays(d, -7));
    }
    case 'month': {
      const from = startOfMonth(request.anchor);
      const to = addDays(addMonths(from, 1), -1);
      return dailySeries(cache, request, from, to, sameDayPreviousMonth);
    }
    case 'year':
      return yearSeries(cache, request);
    case 'lifetime':
      return lifetimeSeries(cache, request);
  }
}

function daySeries(
  cache: CacheStore,
  { site, anchor, now, performanceRatio }: SeriesRequest,
): SiteSeries {
  const zone = site.timeZone;
  const start = startOfLocalDay(anchor, zone);
  const previousStart = startOfLocalDay(addDays(anchor, -1), zone);
  const intervals = cache.intervals(site.id, start, endOfLocalDay(anchor, zone));
  const previous = cache.intervals(site.id, previousStart, start);
  // Compare by time since local midnight, so a 23- or 25-hour neighbour lines up by wall clock.
  const previousByOffset = new Map(previous.map((i) => [i.endAt - previousStart, i]));
  const points: SeriesPoint[] = intervals.map((i) => {
    const before = previousByOffset.get(i.endAt - start);
    return {
      label: localTimeOf(i.endAt, zone),
      t: i.endAt,
      value: i.w,
      previous: before?.w ?? null,
      wh: i.wh,
      previousWh: before?.wh ?? null,
      ...(performanceRatio === undefined
        ? {}
        : { expected: expectedPowerW(site, i.endAt, performanceRatio) }),
    };
  });
  return {
    siteId: site.id,
    range: 'day',
    anchor,
    from: anchor,
    to: anchor,
    unit: 'W',
    points,
    totalWh: sumOf(intervals.map((i) => i.wh)),
    comparison: compareDays(cache, site, [anchor], (d) => addDays(d, -1), now),
    downsampledFrom: null,
  };
}

/** Clear-sky power around the end of an interval (W): the 5-minute grid's energy as power. */
function expectedPowerW(site: SiteRecord, endAt: number, ratio: number): number {
  return (expectedIntervalWh(site, endAt, ratio) * 3600) / EXPECTED_STEP_SECONDS;
}

function dailySeries(
  cache: CacheStore,
  { site, range, anchor, now, performanceRatio }: SeriesRequest,
  from: LocalDate,
  to: LocalDate,
  previousOf: PreviousDayOf,
): SiteSeries {
  const today = localDateOf(now, site.timeZone);
  const last = to < today ? to : today;
  const days = last >= from ? eachDay(from, last) : [];
  const previousDays = days.map(previousOf);
  const firstPrevious = previousDays.find((d) => d !== null) ?? from;
  const values = toMap(cache.daily(site.id, from, last));
  const previousValues = toMap(cache.daily(site.id, firstPrevious, addDays(from, -1)));
  const points = days.map((day, index): SeriesPoint => {
    const previousDay = previousDays[index] ?? null;
    // The running day's bar gets its counterpart up to the same time of day, or no marker.
    const previous =
      previousDay === null
        ? null
        : day === today
          ? (runningDay(cache, site, day, previousDay, now)?.[1] ?? null)
          : (previousValues.get(previousDay) ?? null);
    const t = startOfLocalDay(day, site.timeZone);
    const end = Math.min(now, endOfLocalDay(day, site.timeZone));
    return {
      label: day,
      t,
      value: values.get(day) ?? 0,
      previous,
      // A day without data gets no expectation: "0 % of expected" would claim a loss.
      ...(performanceRatio === undefined || !values.has(day)
        ? {}
        : { expected: expectedWhBetween(site, t, end, performanceRatio) }),
    };
  });
  const comparison = compareDays(cache, site, eachDay(from, to), previousOf, now);
  return energySeries(site.id, range, anchor, from, to, points, comparison);
}

function yearSeries(cache: CacheStore, { site, anchor, now }: SeriesRequest): SiteSeries {
  const from = startOfYear(anchor);
  const to = addDays(addMonths(from, 12), -1);
  const today = localDateOf(now, site.timeZone);
  const months = toMonthMap(cache.monthly(site.id, from, to));
  const lastYear = toMap(cache.daily(site.id, addMonths(from, -12), addDays(from, -1)));
  const points: SeriesPoint[] = [];
  for (let month = from; month <= to && month <= today; month = addMonths(month, 1)) {
    const key = month.slice(0, 7);
    points.push({
      label: key,
      t: startOfLocalDay(month, site.timeZone),
      value: months.get(key) ?? 0,
      previous: sameMonthLastYear(lastYear, month, today),
    });
  }
  const comparison = compareDays(cache, site, eachDay(from, to), sameDayPreviousYear, now);
  return energySeries(site.id, 'year', anchor, from, to, points, comparison);
}

/**
 * Last year's energy for the month starting `month`, like for like: the whole month once it is
 * over, the same days so far while it runs (today not included), and null unless last year
 * has every one of those days (a month of which the history holds only the end is no yardstick).
 */
function sameMonthLastYear(
  lastYear: Map<string, number>,
  month: LocalDate,
  today: LocalDate,
): number | null {
  const monthEnd = addDays(addMonths(month, 1), -1);
  const last = monthEnd < today ? monthEnd : addDays(today, -1);
  if (last < month) return null;
  let wh = 0;
  for (const day of eachDay(month, last)) {
    const counterpart = sameDayPreviousYear(day);
    if (counterpart === null) continue;
    const value = lastYear.get(counterpart);
    if (value === undefined) return null;
    wh += value;
  }
  return wh;
}

function lifetimeSeries(cache: CacheStore, { site, anchor, now }: SeriesRequest): SiteSeries {
  const today = localDateOf(now, site.timeZone);
  const first = cache.firstDate(site.id) ?? today;
  const from = startOfYear(first);
  const byYear = new Map<string, number>();
  for (const { month, wh } of cache.monthly(site.id, from, today)) {
    const year = month.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + wh);
  }
  const points: SeriesPoint[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(today.slice(0, 4)); year++) {
    const label = String(year);
    points.push({
      label,
      t: startOfLocalDay(`${label}-01-01`, site.timeZone),
      value: byYear.get(label) ?? 0,
      previous: null,
    });
  }
  return energySeries(site.id, 'lifetime', anchor, from, today, points, null);
}

function energySeries(
  siteId: string,
  range: SeriesRange,
  anchor: LocalDate,
  from: LocalDate,
  to: LocalDate,
  points: SeriesPoint[],
  comparison: SiteSeries['comparison'],
): SiteSeries {
  return {
    siteId,
    range,
    anchor,
    from,
    to,
    unit: 'Wh',
    points,
    totalWh: sumOf(points.map((p) => p.value)),
    comparison,
    downsampledFrom: null,
  };
}

function toMap(days: { localDate: string; wh: number }[]): Map<string, number> {
  return new Map(days.map((d) => [d.localDate, d.wh]));
}

function toMonthMap(months: { month: string; wh: number }[]): Map<string, number> {
  return new Map(months.map((m) => [m.month, m.wh]));
}

function sumOf(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
