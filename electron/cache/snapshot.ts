/**
 * The portfolio's hot path: today's energy, current power and hourly curve of every site. Each
 * day's hourly curve is stored beside its total at ingest, so the snapshot reads one daily row
 * and one newest interval per site, with sites grouped by time zone so each zone's "today" is
 * looked up once (and memoised across calls).
 */
import type { Prepare } from './connection';
import type { LocalDayCache, LocalDaySpan } from './localDays';
import { decodeCurve, hourSlots } from './localDays';
import type { SiteSnapshot } from './types';

/** How long after its end an interval's power still counts as "current" (s). */
export const currentPowerWindowSeconds = 30 * 60;

const latestSql = `
  SELECT s.id, s.site_id, s.time_zone, i.end_at, i.w
  FROM sites s
  LEFT JOIN intervals i ON i.site_id = s.site_id
    AND i.end_at = (SELECT max(end_at) FROM intervals WHERE site_id = s.site_id AND end_at <= ?1)
  WHERE s.removed_at IS NULL
  ORDER BY s.name COLLATE NOCASE, s.id`;

const todaySql = `
  SELECT s.site_id, d.wh, d.source, d.hourly_w
  FROM sites s
  JOIN daily d ON d.site_id = s.site_id AND d.local_date = ?2
  WHERE s.time_zone = ?1 AND s.removed_at IS NULL`;

type LatestRow = [id: string, key: number, zone: string, endAt: number | null, w: number | null];
type TodayRow = [
  key: number,
  wh: number,
  source: 'intervals' | 'reported',
  hourly: Uint8Array | null,
];

/** Average power per hour of one site's day straight from its intervals (the slow path). */
export const dayHoursSql = `
  SELECT (end_at - 1 - CAST(?2 AS INTEGER)) / 3600 AS hour, total(wh), avg(w) FROM intervals
  WHERE site_id = ?1 AND end_at > ?2 AND end_at <= ?3
  GROUP BY hour`;

/** Hourly curve of a day from its stored intervals; also returns the day's energy. */
export function curveFromIntervals(
  prepare: Prepare,
  key: number,
  day: LocalDaySpan,
): { wh: number; curve: number[] } {
  const hours = prepare(dayHoursSql);
  hours.setReturnArrays(true);
  const rows = hours.all(key, day.start, day.end) as unknown as [number, number, number][];
  const curve = new Array<number>(hourSlots(day)).fill(0);
  let wh = 0;
  for (const [hour, hourWh, w] of rows) {
    wh += hourWh;
    if (hour >= 0 && hour < curve.length) curve[hour] = w;
  }
  return { wh, curve };
}

function curveOf(
  prepare: Prepare,
  key: number,
  day: LocalDaySpan,
  row: TodayRow | undefined,
): number[] {
  if (row === undefined || row[2] === 'reported') return new Array<number>(hourSlots(day)).fill(0);
  if (row[3] !== null) return decodeCurve(row[3], hourSlots(day));
  return curveFromIntervals(prepare, key, day).curve;
}

/**
 * Facts for every active site at instant `now`, ordered like the site list. `lastIntervalAt` and
 * `currentW` look only at intervals that ended by `now`; `todayWh` and `hourlyW` cover the
 * whole local day containing `now` (the same data the site page shows for today). A day known
 * only from a provider-reported total has its energy but a flat (zero) curve. A day without a
 * stored curve (an old `now`, or a clock that jumped) gets it computed from its intervals.
 */
export function readSnapshot(prepare: Prepare, days: LocalDayCache, now: number): SiteSnapshot[] {
  const latest = prepare(latestSql);
  latest.setReturnArrays(true);
  const sites = latest.all(now) as unknown as LatestRow[];

  const zones = new Map<string, LocalDaySpan>();
  for (const [, , zone] of sites)
    if (!zones.has(zone)) zones.set(zone, days.dayContaining(now, zone));

  const today = new Map<number, TodayRow>();
  const todayStatement = prepare(todaySql);
  todayStatement.setReturnArrays(true);
  for (const [zone, day] of zones) {
    for (const row of todayStatement.all(zone, day.date) as unknown as TodayRow[])
      today.set(row[0], row);
  }

  return sites.map(([id, key, zone, endAt, w]) => {
    const day = zones.get(zone) as LocalDaySpan;
    const row = today.get(key);
    const fresh = endAt !== null && now - endAt <= currentPowerWindowSeconds;
    return {
      siteId: id,
      localDate: day.date,
      todayWh: row?.[1] ?? 0,
      currentW: fresh ? (w ?? 0) : 0,
      lastIntervalAt: endAt,
      hourlyW: curveOf(prepare, key, day, row),
    };
  });
}
