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

function altitudeDegrees(place: Place, at: number): number {
  return (
    (getPosition(new Date(at * 1000), place.latitude, place.longitude).altitude * 180) / Math.PI
  );
}

/** The last instant at or before `at` with the sun above the horizon (5-minute steps). */
export function productionEndBefore(place: Place, at: number): number {
  for (let t = at; t > at - 86_400; t -= STEP_SECONDS) {
    if (altitudeDegrees(place, t) >= 0) return t;
  }
  return at - 86_400;
}

/** True when no call at `at` could bring anything new for this site. */
export function darkAt(place: Place, at: number, timing: CloudTiming): boolean {
  if (altitudeDegrees(place, at) >= -1) return false;
  const earlier = at - timing.refresh;
  const received =
    Math.floor((earlier - timing.cloudDelaySeconds) / timing.uploadSeconds) * timing.uploadSeconds;
  return received >= productionEndBefore(place, at) + STEP_SECONDS;
}
