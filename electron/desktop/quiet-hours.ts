/**
 * Quiet hours and the daily digest time, in the computer's own time zone: when notifications
 * wait and when the waiting ones are sent together. Pure.
 */
import { DateTime } from 'luxon';

/** Minutes since local midnight of an "HH:MM" string, or null for an empty one. */
export function minutesOf(hhmm: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function localMinutes(now: number, zone: string): number {
  const t = DateTime.fromSeconds(now, { zone });
  return t.hour * 60 + t.minute;
}

/** True inside [from, to) local time; a range past midnight ("22:00"–"07:00") wraps. */
export function isQuiet(now: number, zone: string, from: string, to: string): boolean {
  const start = minutesOf(from);
  const end = minutesOf(to);
  if (start === null || end === null || start === end) return false;
  const m = localMinutes(now, zone);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** When the day's digest goes out: the end of quiet hours, else 08:00. */
export const DEFAULT_DIGEST_MINUTES = 8 * 60;

/** The local date ("YYYY-MM-DD") whose digest is due at `now`, or null before the digest time. */
export function digestDue(now: number, zone: string, quietTo: string): string | null {
  const at = minutesOf(quietTo) ?? DEFAULT_DIGEST_MINUTES;
  if (localMinutes(now, zone) < at) return null;
  return DateTime.fromSeconds(now, { zone }).toISODate();
}
