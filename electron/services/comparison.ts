/**
 * "vs previous period", like for like. A period is compared day by day with its counterpart
 * (the day before, a week before, the same day a month or a year before), and only days with
 * data on BOTH sides count: a year with one month of last-year history is compared on that
 * month, not on twelve against one. The still running day is cut at the newest interval's time
 * of day on both sides, so 10:00 today is compared with yesterday up to 10:00.
 */
import type { SeriesComparison } from '../../shared/domain';
import {
  addMonths,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';

/** Maps a day to its counterpart in the previous period, or null when it has none (31 Mar). */
export type PreviousDayOf = (day: LocalDate) => LocalDate | null;

/** The same day-of-month one month earlier, or null when that month is shorter. */
export function sameDayPreviousMonth(day: LocalDate): LocalDate | null {
  const candidate = addMonths(day, -1);
  return candidate.slice(8) === day.slice(8) ? candidate : null;
}

/** The same calendar day one year earlier, or null for 29 February. */
export function sameDayPreviousYear(day: LocalDate): LocalDate | null {
  const candidate = addMonths(day, -12);
  return candidate.slice(5) === day.slice(5) ? candidate : null;
}

/** Energy of a local day from its intervals up to `seconds` after local midnight. */
function dayUpTo(
  cache: CacheStore,
  site: SiteRecord,
  day: LocalDate,
  seconds: number,
): { wh: number; reached: number } | null {
  const start = startOfLocalDay(day, site.timeZone);
  const intervals = cache.intervals(site.id, start, endOfLocalDay(day, site.timeZone));
  if (intervals.length === 0) return null;
  let wh = 0;
  let reached = 0;
  for (const interval of intervals) {
    const offset = interval.endAt - start;
    if (offset > seconds) break;
    wh += interval.wh;
    reached = offset;
  }
  return { wh, reached };
}

/** Today against its counterpart, both up to the time of day today's newest interval reached. */
export function runningDay(
  cache: CacheStore,
  site: SiteRecord,
  today: LocalDate,
  previous: LocalDate,
  now: number,
): [number, number] | null {
  const current = dayUpTo(cache, site, today, now - startOfLocalDay(today, site.timeZone));
  if (current === null) return null;
  const before = dayUpTo(cache, site, previous, current.reached);
  return before === null ? null : [current.wh, before.wh];
}

function dailyMap(cache: CacheStore, siteId: string, days: LocalDate[]): Map<string, number> {
  if (days.length === 0) return new Map();
  const sorted = [...days].sort();
  const rows = cache.daily(siteId, sorted[0] as LocalDate, sorted.at(-1) as LocalDate);
  return new Map(rows.map((d) => [d.localDate, d.wh]));
}

/** Compares `days` (a period's days; those after the site's today are ignored) like for like. */
export function compareDays(
  cache: CacheStore,
  site: SiteRecord,
  days: LocalDate[],
  previousOf: PreviousDayOf,
  now: number,
): SeriesComparison | null {
  const today = localDateOf(now, site.timeZone);
  const pairs: [LocalDate, LocalDate][] = [];
  for (const day of days) {
    const previous = day <= today ? previousOf(day) : null;
    if (previous !== null) pairs.push([day, previous]);
  }
  const current = dailyMap(
    cache,
    site.id,
    pairs.map(([day]) => day),
  );
  const before = dailyMap(
    cache,
    site.id,
    pairs.map(([, previous]) => previous),
  );
  let currentWh = 0;
  let previousWh = 0;
  const compared: LocalDate[] = [];
  let includesToday = false;
  for (const [day, previous] of pairs) {
    const both: [number, number] | null =
      day === today
        ? runningDay(cache, site, day, previous, now)
        : current.has(day) && before.has(previous)
          ? [current.get(day) ?? 0, before.get(previous) ?? 0]
          : null;
    if (both === null) continue;
    currentWh += both[0];
    previousWh += both[1];
    compared.push(previous);
    includesToday ||= day === today;
  }
  const [previousFrom, previousTo] = [compared[0], compared.at(-1)];
  if (previousFrom === undefined || previousTo === undefined) return null;
  return { currentWh, previousWh, days: compared.length, previousFrom, previousTo, includesToday };
}
