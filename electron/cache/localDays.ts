/**
 * Local-day arithmetic for the cache: which local day an interval belongs to, where each local
 * hour of a day starts, and a per-zone memo so hot paths call luxon once per day, not per row.
 *
 * The rule: an interval belongs to the local day that contains `endAt - 1 s`. An interval is
 * named by its END, so the interval ending exactly at local midnight (23:55–00:00) is the last
 * interval of the day before, and the first interval of a day ends at 00:05. Measured as
 * instants, a day's intervals are those with `start < endAt <= end`, where `start`/`end` are the
 * day's first and next local midnights; a 23-hour day thus holds 276 five-minute intervals and a
 * 25-hour day 300.
 */
import type { LocalDate } from '../../shared/time';
import { endOfLocalDay, localDateOf, startOfLocalDay } from '../../shared/time';

/** A local day as a span of instants: its intervals end in (start, end]. */
export interface LocalDaySpan {
  date: LocalDate;
  /** Local midnight that starts the day (epoch s). */
  start: number;
  /** The next local midnight (epoch s): 23, 24 or 25 hours after start. */
  end: number;
}

/** The span of a local date in a zone. */
export function spanOfDate(date: LocalDate, zone: string): LocalDaySpan {
  return { date, start: startOfLocalDay(date, zone), end: endOfLocalDay(date, zone) };
}

/** The local day an interval ending at `endAt` belongs to (the day containing endAt - 1 s). */
export function dayOfInterval(endAt: number, zone: string): LocalDaySpan {
  return spanOfDate(localDateOf(endAt - 1, zone), zone);
}

/** The local day containing the instant `at` (for "today" at a given moment). */
export function dayContaining(at: number, zone: string): LocalDaySpan {
  return spanOfDate(localDateOf(at, zone), zone);
}

/**
 * Remembers local-day spans per zone so hot paths (ingest, the snapshot) call luxon once per zone
 * and day instead of once per batch or per site; a luxon zone lookup costs tens of microseconds.
 */
export class LocalDayCache {
  /** Per zone: UTC day number → the local days overlapping that UTC day (at most three). */
  private readonly zones = new Map<string, Map<number, LocalDaySpan[]>>();
  private entries = 0;

  constructor(private readonly maxEntries = 100_000) {}

  /** The local day containing the instant `at` (e.g. "today" at `now`). */
  dayContaining(at: number, zone: string): LocalDaySpan {
    let byUtcDay = this.zones.get(zone);
    if (byUtcDay === undefined) {
      byUtcDay = new Map();
      this.zones.set(zone, byUtcDay);
    }
    const candidates = byUtcDay.get(Math.floor(at / 86_400));
    if (candidates !== undefined) {
      for (const day of candidates) if (day.start <= at && at < day.end) return day;
    }
    const day = dayContaining(at, zone);
    if (this.entries >= this.maxEntries) this.clear(zone, byUtcDay);
    for (
      let utcDay = Math.floor(day.start / 86_400);
      utcDay <= Math.floor((day.end - 1) / 86_400);
      utcDay++
    ) {
      const list = byUtcDay.get(utcDay);
      if (list === undefined) byUtcDay.set(utcDay, [day]);
      else list.push(day);
      this.entries++;
    }
    return day;
  }

  /** The local day an interval ending at `endAt` belongs to (the day containing endAt - 1 s). */
  dayOfInterval(endAt: number, zone: string): LocalDaySpan {
    return this.dayContaining(endAt - 1, zone);
  }

  private clear(zone: string, keep: Map<number, LocalDaySpan[]>): void {
    this.zones.clear();
    keep.clear();
    this.zones.set(zone, keep);
    this.entries = 0;
  }
}

/**
 * The local days touched by intervals given in ascending `endAt` order, each listed once. Only
 * days that hold at least one interval are returned, so a sparse batch never zeroes the days
 * between its intervals.
 */
export function daysTouched(
  sorted: readonly { endAt: number }[],
  zone: string,
  days: LocalDayCache = new LocalDayCache(),
): LocalDaySpan[] {
  const touched: LocalDaySpan[] = [];
  let current: LocalDaySpan | null = null;
  for (const { endAt } of sorted) {
    if (current !== null && endAt > current.start && endAt <= current.end) continue;
    current = days.dayOfInterval(endAt, zone);
    touched.push(current);
  }
  return touched;
}

/** Index of the local hour (0-based, counted in elapsed hours since local midnight) of an interval. */
export function hourIndex(endAt: number, dayStart: number): number {
  return Math.floor((endAt - 1 - dayStart) / 3600);
}

/** Number of hour slots in a day: 23, 24 or 25 (a 23.5-hour Lord Howe day gets 24 slots). */
export function hourSlots(day: LocalDaySpan): number {
  return Math.ceil((day.end - day.start) / 3600);
}

/** Packs an hourly curve for storage (little-endian float64, one per hour slot). */
export function encodeCurve(curve: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(curve.length * 8);
  const view = new DataView(bytes.buffer);
  curve.forEach((value, i) => view.setFloat64(i * 8, value, true));
  return bytes;
}

/** Unpacks a stored curve into `slots` values; missing or surplus slots read as 0 / are dropped. */
export function decodeCurve(bytes: Uint8Array | null, slots: number): number[] {
  const curve = new Array<number>(slots).fill(0);
  if (bytes === null) return curve;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.min(slots, Math.floor(bytes.byteLength / 8));
  for (let i = 0; i < n; i++) curve[i] = view.getFloat64(i * 8, true);
  return curve;
}
