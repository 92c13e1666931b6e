/**
 * Time helpers shared by main and renderer. Every instant in this project is an epoch SECOND
 * (UTC), as the Enphase API uses; every calendar day is a `YYYY-MM-DD` string in the SITE's own
 * IANA time zone, so a daylight-saving day is simply a day with 23 or 25 hours.
 */
import { DateTime, IANAZone } from 'luxon';

/** A calendar date in a site's local time, `YYYY-MM-DD`. */
export type LocalDate = string;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first day a chart may be anchored on. Every instant here is a non-negative epoch second, and
 * a year, month or week around an earlier day starts before 1970 in some zone (a site at UTC+14
 * starts 1 January 1970 ten hours before the epoch): such a request is refused as invalid.
 */
export const EARLIEST_ANCHOR: LocalDate = '1971-01-01';

/** True for a well-formed `YYYY-MM-DD` that names a real calendar day. */
export function isLocalDate(value: string): boolean {
  return localDatePattern.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/**
 * True when the zone is an IANA name the runtime knows (including legacy links like US/Pacific).
 * Luxon's own keywords ("local", "system", "default") and offsets like "UTC+3" are refused: a
 * site's days must not depend on the machine the app runs on, nor ignore daylight saving.
 */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && IANAZone.isValidZone(zone);
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(epochSeconds: number, zone: string): LocalDate {
  return DateTime.fromSeconds(epochSeconds, { zone }).toISODate() ?? '';
}

/**
 * Local midnights already worked out, per zone and date: luxon takes tens of microseconds for
 * each, and a portfolio of 1,000 sites asks for every site's day on each answer.
 */
const midnights = new Map<string, number>();
const MAX_MIDNIGHTS = 10_000;

/** The instant a local day starts (local midnight) in a zone. */
export function startOfLocalDay(date: LocalDate, zone: string): number {
  const key = `${zone}|${date}`;
  let start = midnights.get(key);
  if (start === undefined) {
    start = Math.round(DateTime.fromISO(date, { zone }).startOf('day').toSeconds());
    if (midnights.size >= MAX_MIDNIGHTS) midnights.clear();
    midnights.set(key, start);
  }
  return start;
}

/** The instant a local day ends (the next local midnight): 23, 24 or 25 hours after its start. */
export function endOfLocalDay(date: LocalDate, zone: string): number {
  return startOfLocalDay(addDays(date, 1), zone);
}

/** Calendar arithmetic on local dates (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/** Whole months added to a date, clamped to the month's length. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate() ?? date;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = DateTime.fromISO(from, { zone: 'UTC' });
  const b = DateTime.fromISO(to, { zone: 'UTC' });
  return Math.round(b.diff(a, 'days').days);
}

/** Monday of the ISO week containing the date. */
export function startOfWeek(date: LocalDate): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).startOf('week').toISODate() ?? date;
}

/** First day of the month containing the date. */
export function startOfMonth(date: LocalDate): LocalDate {
  return date.slice(0, 8) + '01';
}

/** First day of the year containing the date. */
export function startOfYear(date: LocalDate): LocalDate {
  return date.slice(0, 5) + '01-01';
}

/** Every local date from `from` to `to`, both included. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Hours in a local day: 23 on spring-forward days, 25 on fall-back days, 24 otherwise. */
export function hoursInLocalDay(date: LocalDate, zone: string): number {
  return (endOfLocalDay(date, zone) - startOfLocalDay(date, zone)) / 3600;
}

/** Local wall-clock `HH:mm` of an instant in a zone. */
export function localTimeOf(epochSeconds: number, zone: string): string {
  return DateTime.fromSeconds(epochSeconds, { zone }).toFormat('HH:mm');
}
