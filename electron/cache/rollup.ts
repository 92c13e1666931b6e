/**
 * The write path of production data: intervals stored with multi-row upserts, then the daily
 * total (and, for recent days, the hourly curve) of each local day they touch recomputed from
 * what is stored, so duplicates, corrections and out-of-order batches all end up right.
 */
import type { Prepare } from './connection';
import type { LocalDayCache, LocalDaySpan } from './localDays';
import { daysTouched, encodeCurve } from './localDays';
import { curveFromIntervals } from './snapshot';
import type { IntervalSample } from './types';

/** Rows per multi-row INSERT: big enough to amortise the call, small enough to stay cached. */
const insertChunk = 256;

/** Days that ended longer ago than this get no stored hourly curve (see rollUpDay). */
export const curveHorizonSeconds = 2 * 86_400;

const dayTotalSql = `
  SELECT total(wh) FROM intervals WHERE site_id = ?1 AND end_at > ?2 AND end_at <= ?3`;

const storeIntervalDaySql = `
  INSERT INTO daily (site_id, local_date, wh, source, hourly_w) VALUES (?, ?, ?, 'intervals', ?)
  ON CONFLICT (site_id, local_date)
  DO UPDATE SET wh = excluded.wh, source = 'intervals', hourly_w = excluded.hourly_w`;

/**
 * Upserts validated, ascending intervals with multi-row INSERTs in power-of-two chunks, so at
 * most nine statements are ever prepared whatever the batch sizes.
 */
export function insertIntervals(
  prepare: Prepare,
  key: number,
  rows: readonly IntervalSample[],
): void {
  let offset = 0;
  while (offset < rows.length) {
    const remaining = rows.length - offset;
    const size = remaining >= insertChunk ? insertChunk : 2 ** Math.floor(Math.log2(remaining));
    const args = new Array<number>(size * 4);
    for (let i = 0; i < size; i++) {
      const row = rows[offset + i] as IntervalSample;
      args[i * 4] = key;
      args[i * 4 + 1] = row.endAt;
      args[i * 4 + 2] = row.wh;
      args[i * 4 + 3] = row.w;
    }
    prepare(
      'INSERT INTO intervals (site_id, end_at, wh, w) VALUES ' +
        '(?, ?, ?, ?), '.repeat(size - 1) +
        '(?, ?, ?, ?) ON CONFLICT (site_id, end_at) DO UPDATE SET wh = excluded.wh, w = excluded.w',
    ).run(...args);
    offset += size;
  }
}

/**
 * Recomputes a day's interval total from what is stored (an interval rollup always replaces a
 * reported total). The hourly curve is only kept for days that can still be "today" at `now`:
 * grouping by hour costs about three times the plain sum, and a year of backfill never needs
 * it. The snapshot computes a missing curve itself, so this is a speed choice, not a rule.
 */
export function rollUpDay(prepare: Prepare, key: number, day: LocalDaySpan, now: number): void {
  // What ratio learning found on this day no longer describes its data.
  prepare('DELETE FROM learned_days WHERE site_id = ? AND local_date = ?').run(key, day.date);
  if (day.end < now - curveHorizonSeconds) {
    const total = prepare(dayTotalSql);
    total.setReturnArrays(true);
    const [wh] = total.get(key, day.start, day.end) as unknown as [number];
    prepare(storeIntervalDaySql).run(key, day.date, wh, null);
    return;
  }
  const { wh, curve } = curveFromIntervals(prepare, key, day);
  prepare(storeIntervalDaySql).run(key, day.date, wh, encodeCurve(curve));
}

/** Recomputes every interval-based daily total of a site, e.g. after its zone was corrected. */
export function rebuildIntervalDays(
  prepare: Prepare,
  key: number,
  zone: string,
  days: LocalDayCache,
  now: number,
): void {
  prepare("DELETE FROM daily WHERE site_id = ? AND source = 'intervals'").run(key);
  prepare('DELETE FROM learned_days WHERE site_id = ?').run(key);
  const ends = prepare(
    'SELECT end_at AS endAt FROM intervals WHERE site_id = ? ORDER BY end_at',
  ).all(key) as unknown as { endAt: number }[];
  for (const day of daysTouched(ends, zone, days)) rollUpDay(prepare, key, day, now);
}
