/**
 * Days the provider had nothing for (before installation, an outage) or refused (out of its
 * range): opening such a day again must not spend another call. They are remembered in the
 * cache's cursors, one per day, with an expiry: an hour for yesterday and today (a gateway on
 * cellular uploads every 6 hours, so data may still come), a week for older days (a gateway that
 * was offline can upload a backlog late). Pure rules here; the day fetcher does the I/O.
 */
import { addDays, type LocalDate } from '../../shared/time';

/** How long an empty yesterday or today is believed. */
export const RECENT_EMPTY_SECONDS = 3_600;
/** How long an empty or refused older day is believed. */
export const OLDER_EMPTY_SECONDS = 7 * 86_400;

/** The cursor kind holding what is remembered about one day. */
export function emptyDayCursor(date: LocalDate): string {
  return `empty-day:${date}`;
}

/** The cursor value to store for `date` found empty at `now` (epoch s), `today` being the site's. */
export function emptyDayValue(date: LocalDate, today: LocalDate, now: number): string {
  const recent = date >= addDays(today, -1);
  return String(now + (recent ? RECENT_EMPTY_SECONDS : OLDER_EMPTY_SECONDS));
}

/** True while a stored value still says the day has nothing to fetch. */
export function stillEmpty(value: string | null, now: number): boolean {
  if (value === null) return false;
  const until = Number(value);
  return Number.isFinite(until) && until > now;
}
