/**
 * Availability: the share of daylight in which a site delivered data. The daylight between two
 * instants is cut into 15-minute slots whose middle has the sun above the horizon; a slot counts
 * as covered when at least one interval ends inside it. Only the span the cache holds intervals
 * for is judged (older days keep just daily totals): from the first interval to the end.
 */
import { getPosition } from 'suncalc';

/** Width of one judged slot: three 5-minute intervals, so one late upload does not count as lost. */
export const SLOT_SECONDS = 15 * 60;

/** What availability was judged over. */
export interface Availability {
  /** Covered daylight slots ÷ daylight slots, 0–1. */
  share: number;
  daylightSlots: number;
  coveredSlots: number;
  /** The span judged (epoch s), from the first interval's slot to `to`. */
  from: number;
  to: number;
}

/**
 * Availability of a site with interval ends `endAts` (ascending) over [from, to]; null when no
 * interval falls in the span, so nothing can be said.
 */
export function availabilityOf(
  site: { latitude: number; longitude: number },
  endAts: readonly number[],
  from: number,
  to: number,
): Availability | null {
  const inSpan = endAts.filter((t) => t > from && t <= to);
  if (inSpan.length === 0) return null;
  const first = Math.floor((inSpan[0]! - 1) / SLOT_SECONDS) * SLOT_SECONDS;
  const start = Math.max(from, first);
  const covered = new Set(inSpan.map((t) => Math.floor((t - 1) / SLOT_SECONDS)));
  let daylightSlots = 0;
  let coveredSlots = 0;
  for (let slot = Math.floor(start / SLOT_SECONDS); slot * SLOT_SECONDS < to; slot++) {
    const middle = slot * SLOT_SECONDS + SLOT_SECONDS / 2;
    const { altitude } = getPosition(new Date(middle * 1000), site.latitude, site.longitude);
    if (altitude <= 0) continue;
    daylightSlots++;
    if (covered.has(slot)) coveredSlots++;
  }
  if (daylightSlots === 0) return null;
  return { share: coveredSlots / daylightSlots, daylightSlots, coveredSlots, from: start, to };
}
