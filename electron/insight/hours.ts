/**
 * A site's day as hour buckets: what it produced, what the model expected over the same
 * reported span, and what it expected over the whole hour. Rules judge hours, not 5-minute
 * intervals, so one passing cloud edge or a late interval cannot raise an alert.
 */

/** One UTC hour of one site. */
export interface HourBucket {
  /** Start of the hour (epoch s). */
  start: number;
  /** Measured energy in the hour (Wh). */
  actualWh: number;
  /** Expected energy over the part of the hour that has been reported (Wh). */
  expectedWh: number;
  /** Expected energy over the whole hour (Wh): > 0 means the hour has daylight. */
  fullExpectedWh: number;
  /** Seconds of the hour covered by reported data. */
  reportedSeconds: number;
}

/** Energy at an instant: the grid both inputs use (`endAt` marks the end of an interval). */
export interface EnergyPoint {
  endAt: number;
  wh: number;
}

const HOUR = 3600;

/**
 * Buckets every expected interval by hour; an interval counts as reported when it ends at or
 * before `reportedUntil` (the newest instant the provider has sent, missing intervals are zeros
 * the provider chose not to list).
 */
export function hourBuckets(
  expected: readonly EnergyPoint[],
  actual: readonly EnergyPoint[],
  reportedUntil: number | null,
  stepSeconds: number,
): HourBucket[] {
  const actualByEnd = new Map(actual.map((a) => [a.endAt, a.wh]));
  const buckets = new Map<number, HourBucket>();
  for (const point of expected) {
    const start = Math.floor((point.endAt - 1) / HOUR) * HOUR;
    let bucket = buckets.get(start);
    if (!bucket) {
      bucket = { start, actualWh: 0, expectedWh: 0, fullExpectedWh: 0, reportedSeconds: 0 };
      buckets.set(start, bucket);
    }
    bucket.fullExpectedWh += point.wh;
    if (reportedUntil !== null && point.endAt <= reportedUntil) {
      bucket.expectedWh += point.wh;
      bucket.actualWh += actualByEnd.get(point.endAt) ?? 0;
      bucket.reportedSeconds += stepSeconds;
    }
  }
  return [...buckets.values()].sort((a, b) => a.start - b.start);
}

/** Actual ÷ expected over the reported part of the hour, or null when nothing was expected. */
export function hourRatio(bucket: HourBucket, minReportedSeconds: number): number | null {
  if (bucket.reportedSeconds < minReportedSeconds || bucket.expectedWh <= 0) return null;
  return bucket.actualWh / bucket.expectedWh;
}
