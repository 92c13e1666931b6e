/**
 * A site's own performance ratio, learned from its clear days: on a cloudless day the measured
 * curve follows the clear-sky curve's shape, and the level it reaches is the share of the
 * model's yield that this roof (tilt, shading, soiling, inverter) actually delivers. Kept per
 * calendar month because low winter sun and snow season shift it.
 */

/** One local day of a site, reduced to what learning needs. */
export interface DayEvidence {
  /** Calendar month 1–12 of the local day. */
  month: number;
  /**
   * Pairs per daylight hour, restricted to hours with the sun well up: measured Wh and the
   * model's Wh at performance ratio 1.
   */
  hours: { actualWh: number; clearSkyWh: number }[];
}

/** Per-month learned ratios; months without enough clear days are absent. */
export type LearnedRatios = ReadonlyMap<number, number>;

/** A day is clear when its hourly ratio varies less than this (coefficient of variation). */
export const CLEAR_DAY_VARIATION = 0.08;
/** Fewer well-lit hours than this say too little about a day's shape. */
const MIN_HOURS = 4;
/** Clear days needed before a month's ratio replaces the fleet-wide default. */
export const MIN_CLEAR_DAYS = 3;
/** Ratios outside this band are not a working array on a clear day (a fault, a bad capacity). */
const PLAUSIBLE = { min: 0.3, max: 1.2 };

/** The day's ratio if the day was clear, else null. */
export function clearDayRatio(day: DayEvidence): number | null {
  const hours = day.hours.filter((h) => h.clearSkyWh > 0);
  if (hours.length < MIN_HOURS) return null;
  const ratios = hours.map((h) => h.actualWh / h.clearSkyWh);
  const mean = ratios.reduce((s, r) => s + r, 0) / ratios.length;
  if (!(mean > 0)) return null;
  const variance = ratios.reduce((s, r) => s + (r - mean) ** 2, 0) / ratios.length;
  if (Math.sqrt(variance) / mean > CLEAR_DAY_VARIATION) return null;
  const total = hours.reduce((s, h) => s + h.actualWh, 0);
  const clear = hours.reduce((s, h) => s + h.clearSkyWh, 0);
  const ratio = total / clear;
  return ratio >= PLAUSIBLE.min && ratio <= PLAUSIBLE.max ? ratio : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median clear-day ratio of each month that had at least MIN_CLEAR_DAYS clear days. */
export function learnRatios(days: readonly DayEvidence[]): LearnedRatios {
  return ratiosOfClearDays(days.map((day) => ({ month: day.month, ratio: clearDayRatio(day) })));
}

/**
 * {@link learnRatios} from each day's clear-day ratio (null: not clear) already worked out:
 * a day's ratio never changes once its data is in, so it is kept instead of its hours.
 */
export function ratiosOfClearDays(
  days: readonly { month: number; ratio: number | null }[],
): LearnedRatios {
  const byMonth = new Map<number, number[]>();
  for (const { month, ratio } of days) {
    if (ratio === null) continue;
    const list = byMonth.get(month) ?? [];
    list.push(ratio);
    byMonth.set(month, list);
  }
  const learned = new Map<number, number>();
  for (const [month, ratios] of byMonth) {
    if (ratios.length >= MIN_CLEAR_DAYS) learned.set(month, median(ratios));
  }
  return learned;
}

/**
 * The ratio to use for a month: its own, else the median of the months learned so far (a new
 * month resembles the last ones more than a generic default), else the default.
 */
export function ratioForMonth(learned: LearnedRatios, month: number, fallback: number): number {
  const own = learned.get(month);
  if (own !== undefined) return own;
  return learned.size > 0 ? median([...learned.values()]) : fallback;
}
