/**
 * When a site's own panels start and stop, learned from its stored intervals. Enphase gives a
 * time zone and no coordinates, so the sun is judged at the zone's reference city, which can be
 * an hour or more off: Austin's panels start 74 minutes after Chicago's sun rises in June, and
 * stop 70 minutes after it sets in December. Calls made in that gap either find nothing (a
 * western site's morning) or miss the evening's last data until the next day. The site's own
 * recent days say by how much its mornings and evenings differ from the reference city's, and
 * the night rules (night.ts) are then asked at the reference instant that looks like the site's.
 */
import { getPosition, getTimes } from 'suncalc';

/** One local day's first and last interval ends with energy (epoch s). */
export interface ProductionSpan {
  first: number;
  last: number;
}

/** How much later than at the reference coordinates the site's panels start and stop (s). */
export interface DaylightShift {
  dawn: number;
  dusk: number;
}

/** No evidence yet: the reference city's sun as it is. */
export const NO_SHIFT: DaylightShift = { dawn: 0, dusk: 0 };

/**
 * Farther than this from the reference city's sunrise or sunset a first or last production is
 * not the sun (a clock or zone error, a night-time battery export): that day is not evidence.
 */
export const MAX_SHIFT_SECONDS = 3 * 3600;

/**
 * The shift the recent days show: the EARLIEST start and the LATEST stop relative to the
 * reference city's sunrise and sunset of the same day. Clouds and shade only make a day start
 * later or stop earlier, so the extremes of a week are the clear-sky edges, and waking at them
 * never misses a morning's first data (which the provider shows only after its cloud delay).
 */
export function daylightShift(
  latitude: number,
  longitude: number,
  spans: readonly ProductionSpan[],
): DaylightShift {
  let dawn: number | null = null;
  let dusk: number | null = null;
  for (const span of spans) {
    const rise = getTimes(new Date(span.first * 1000), latitude, longitude).sunrise;
    const set = getTimes(new Date(span.last * 1000), latitude, longitude).sunset;
    const early = rise === null ? null : span.first - rise.getTime() / 1000;
    const late = set === null ? null : span.last - set.getTime() / 1000;
    if (early !== null && Math.abs(early) <= MAX_SHIFT_SECONDS) {
      dawn = dawn === null ? early : Math.min(dawn, early);
    }
    if (late !== null && Math.abs(late) <= MAX_SHIFT_SECONDS) {
      dusk = dusk === null ? late : Math.max(dusk, late);
    }
  }
  return { dawn: Math.round(dawn ?? 0), dusk: Math.round(dusk ?? 0) };
}

/** How far ahead the sun's rise or fall is probed (s). */
const TREND_PROBE_SECONDS = 600;

/**
 * The instant at the reference coordinates that looks like `now` at the site: shifted by the
 * dawn while the sun climbs (midnight to noon) and by the dusk while it sinks.
 */
export function referenceInstant(
  latitude: number,
  longitude: number,
  now: number,
  shift: DaylightShift,
): number {
  if (shift.dawn === 0 && shift.dusk === 0) return now;
  const altitude = (at: number) => getPosition(new Date(at * 1000), latitude, longitude).altitude;
  const rising = altitude(now + TREND_PROBE_SECONDS) > altitude(now);
  return now - (rising ? shift.dawn : shift.dusk);
}
