/**
 * "Never spend a call that cannot return anything new": between sunset and sunrise a site
 * produces nothing, so once one call after sunset has closed the day (or the provider's upload
 * delay has passed since the panels stopped, so the evening's last data is in), the next call
 * can wait for the sun.
 */
import { getPosition } from 'suncalc';

/** Below this apparent altitude (degrees) it is too dark for a call to be worth making. */
export const NIGHT_ALTITUDE_DEGREES = -1;

/** Below the horizon panels make nothing: data up to such an instant closes the day. */
const NO_PRODUCTION_ALTITUDE_DEGREES = 0;

/** Longest a night lasts at the latitudes we pause for; past it we fetch anyway (polar winter). */
export const LONGEST_NIGHT_SECONDS = 18 * 3600;

function altitudeAt(latitude: number, longitude: number, epochSeconds: number): number {
  return getPosition(new Date(epochSeconds * 1000), latitude, longitude).altitude;
}

/** True when the sun is far enough below the horizon that a call now would find nothing new. */
export function sunIsDown(latitude: number, longitude: number, epochSeconds: number): boolean {
  return altitudeAt(latitude, longitude, epochSeconds) < NIGHT_ALTITUDE_DEGREES;
}

/** Step for checking that no daylight fell between two instants: far shorter than any day. */
const DAYLIGHT_PROBE_SECONDS = 20 * 60;

/**
 * True when a call now would only return the night's zeros: the data we have already reaches
 * into this same night (the cursor is after sunset) and the sun has stayed down since.
 */
export function isQuietNight(
  latitude: number,
  longitude: number,
  cursor: number,
  now: number,
): boolean {
  if (now - cursor >= LONGEST_NIGHT_SECONDS || now < cursor) return false;
  for (let t = cursor; t < now; t += DAYLIGHT_PROBE_SECONDS) {
    if (altitudeAt(latitude, longitude, t) >= NO_PRODUCTION_ALTITUDE_DEGREES) return false;
  }
  return sunIsDown(latitude, longitude, now);
}

/**
 * The last instant before `now` (5-minute steps) with the sun above the horizon: when the
 * panels stopped. Null when the sun has not been up for a whole longest night (polar winter).
 */
export function productionEndBefore(
  latitude: number,
  longitude: number,
  now: number,
): number | null {
  for (let t = now; t > now - LONGEST_NIGHT_SECONDS; t -= PRODUCTION_END_STEP_SECONDS) {
    if (altitudeAt(latitude, longitude, t) >= NO_PRODUCTION_ALTITUDE_DEGREES) return t;
  }
  return null;
}

const PRODUCTION_END_STEP_SECONDS = 300;

/**
 * True when the sun is down and the provider has had time to deliver everything the site
 * produced before dark: `lagSeconds` (its upload period plus the cloud's delay) have passed
 * since the panels stopped. Data a call could fetch now was in before; nothing more comes.
 */
export function lastUploadIsIn(
  latitude: number,
  longitude: number,
  now: number,
  lagSeconds: number,
): boolean {
  if (!sunIsDown(latitude, longitude, now)) return false;
  const stopped = productionEndBefore(latitude, longitude, now);
  return stopped !== null && now - stopped >= lagSeconds;
}
