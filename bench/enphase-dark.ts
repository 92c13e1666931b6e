/**
 * When a call can bring no news, judged from outside the app: the sun is down at the site and
 * the evening's last data was already in the provider's cloud a full refresh interval earlier
 * (so the app had its chance to fetch it). Sun positions from suncalc, as the app uses.
 */
import { getPosition } from 'suncalc';

/** A site's place. */
export interface Place {
  latitude: number;
  longitude: number;
}

/** How the provider's cloud receives a site's data. */
export interface CloudTiming {
  /** The site's upload period (s): 5-minute data every 15 min on Wi-Fi, every 6 h on cellular. */
  uploadSeconds: number;
  /** Processing delay before uploaded data can be read (s). */
  cloudDelaySeconds: number;
  /** The app's refresh interval (s). */
  refresh: number;
}

const STEP_SECONDS = 300;

/** Below this altitude (degrees) it is dark, as the app's night rule says. */
export const DARK_ALTITUDE_DEGREES = -1;

/** suncalc 2 gives the apparent altitude in degrees already (1.x gave radians). */
function altitudeDegrees(place: Place, at: number): number {
  return getPosition(new Date(at * 1000), place.latitude, place.longitude).altitude;
}

/** The last instant at or before `at` with the sun above the horizon (5-minute steps). */
export function productionEndBefore(place: Place, at: number): number {
  for (let t = at; t > at - 86_400; t -= STEP_SECONDS) {
    if (altitudeDegrees(place, t) >= 0) return t;
  }
  return at - 86_400;
}

/**
 * True when no call at `at` could bring anything new for this site: it is dark, and a refresh
 * interval earlier the evening's last data was certainly in the cloud already. Certainly: a
 * gateway's upload phase is not published (the emulator's happen on quarter hours, a real
 * gateway's at any minute), so the last data is in one upload period plus the cloud's delay
 * after the panels stopped.
 */
export function darkAt(place: Place, at: number, timing: CloudTiming): boolean {
  if (altitudeDegrees(place, at) >= DARK_ALTITUDE_DEGREES) return false;
  const certainlyIn =
    productionEndBefore(place, at) + STEP_SECONDS + timing.uploadSeconds + timing.cloudDelaySeconds;
  return at - timing.refresh >= certainlyIn;
}
