/**
 * Local-midnight lookups, remembered: a two-year `energy_lifetime` answer needs 731 day
 * boundaries per system, and luxon's zone math costs far more than the Map that keeps them.
 */
import { startOfLocalDay, type LocalDate } from '../../../shared/time';

const midnights = new Map<string, number>();

/** The instant a local day starts in a zone (cached `startOfLocalDay`). */
export function localMidnight(date: LocalDate, zone: string): number {
  const key = `${zone}|${date}`;
  let at = midnights.get(key);
  if (at === undefined) {
    at = startOfLocalDay(date, zone);
    midnights.set(key, at);
  }
  return at;
}

/** The instant a local day ends: the next local midnight (23, 24 or 25 hours later). */
export function localDayEnd(date: LocalDate, zone: string): number {
  return localMidnight(nextDate(date), zone);
}

/** The next calendar date, with plain UTC date arithmetic (no zone involved, so no luxon). */
export function nextDate(date: LocalDate): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let date = from; date <= to; date = nextDate(date)) out.push(date);
  return out;
}
