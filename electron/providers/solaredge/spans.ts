/**
 * How a long span becomes as few calls as the span caps permit, in the site's wall clock (the
 * API measures and names spans that way): 15-minute data in chunks on a local 00:00/12:00 grid
 * (a 25-hour autumn day is still two calls), daily data in calendar-month chunks. Pure, so the
 * number of calls (and credits) a backfill costs can be planned before any is spent.
 */
import { DateTime } from 'luxon';
import { addMonths, type LocalDate } from '../../../shared/time';
import { instantsOfWallTime } from './site-time';

/** One call's span: its bounds as query values and the instant its answer cannot precede. */
export interface WallChunk {
  startWall: string;
  endWall: string;
  /** One second before the chunk's first instant (for reading a repeated hour in order). */
  after: number;
}

const WALL = "yyyy-MM-dd'T'HH:mm:ss";

/** The earliest instant a naive wall time names in `zone` (forward through a spring gap). */
function instantOfWall(naive: DateTime, zone: string): number {
  const wall = {
    year: naive.year,
    month: naive.month,
    day: naive.day,
    hour: naive.hour,
    minute: naive.minute,
    second: naive.second,
  };
  return (
    instantsOfWallTime(wall, zone)[0] ?? Math.round(DateTime.fromObject(wall, { zone }).toSeconds())
  );
}

/**
 * The instants [from, to) as chunks of at most `capHours` wall-clock hours whose inner bounds sit
 * on a grid of `capHours` from local midnight (12 → 00:00 and 12:00), so no bound falls in a
 * repeated or skipped hour.
 */
export function wallHourChunks(
  from: number,
  to: number,
  zone: string,
  capHours: number,
): WallChunk[] {
  if (to <= from) return [];
  const naiveOf = (at: number) =>
    DateTime.fromSeconds(at, { zone }).setZone('UTC', { keepLocalTime: true });
  const end = naiveOf(to);
  const chunks: WallChunk[] = [];
  let cursor = naiveOf(from);
  while (cursor < end) {
    const midnight = cursor.startOf('day');
    const slot = Math.floor(cursor.diff(midnight, 'hours').hours / capHours) + 1;
    const gridPoint = midnight.plus({ hours: Math.min(slot * capHours, 24) });
    const next = gridPoint < end ? gridPoint : end;
    chunks.push({
      startWall: cursor.toFormat(WALL),
      endWall: next.toFormat(WALL),
      after: instantOfWall(cursor, zone) - 1,
    });
    cursor = next;
  }
  return chunks;
}

/** One date-bounded call: [startDate, endDate) as local dates. */
export interface DateChunk {
  startDate: LocalDate;
  /** Exclusive. */
  endDate: LocalDate;
}

/** Local dates [from, toExclusive) in chunks of at most `months` calendar months (null: one). */
export function monthChunks(
  from: LocalDate,
  toExclusive: LocalDate,
  months: number | null,
): DateChunk[] {
  if (toExclusive <= from) return [];
  if (months === null) return [{ startDate: from, endDate: toExclusive }];
  const chunks: DateChunk[] = [];
  for (let start = from; start < toExclusive;) {
    const next = addMonths(start, months);
    const end = next < toExclusive ? next : toExclusive;
    chunks.push({ startDate: start, endDate: end });
    start = end;
  }
  return chunks;
}

/** A local date as a span bound: its midnight in the wall clock. */
export function dateBound(date: LocalDate): string {
  return `${date}T00:00:00`;
}
